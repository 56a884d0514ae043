package org.salus.assistant.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long an approval holds when the reviewer gives no expiry date, and how far ahead the queue warns of expiries.
 *
 * @param validity an approval without {@code --expires} holds this long from the day it is made (default one year)
 * @param expiringWithinDays documents expiring within this many days are queued and highlighted (default 30)
 */
@Validated
@ConfigurationProperties("salus.review")
public record ReviewProperties(
        @NotNull @DefaultValue("P1Y") Period validity,
        @Min(1) @Max(3650) @DefaultValue("30") int expiringWithinDays) {

    public ReviewProperties {
        if (validity != null && (validity.isNegative() || validity.isZero())) {
            throw new IllegalArgumentException("salus.review.validity must be positive");
        }
    }

    public static ReviewProperties defaults() {
        return new ReviewProperties(Period.ofYears(1), 30);
    }
}

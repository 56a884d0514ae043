package org.salus.assistant.infobutton;

import java.time.LocalDate;

/**
 * A vetted corpus document offered as patient education: where to read it and a short summary, with the clinical
 * review date and the date the publisher last updated it (each null when unknown).
 */
public record Topic(String docId, String title, String url, String publisher, String language, String summary,
                    LocalDate reviewedOn, String reviewStatus, LocalDate updatedOn) {

    /** When the entry last changed, as a feed's {@code updated} says it: the publisher's update, else the review. */
    LocalDate lastChanged() {
        return updatedOn != null ? updatedOn : reviewedOn;
    }
}

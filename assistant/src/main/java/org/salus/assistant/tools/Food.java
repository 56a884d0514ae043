package org.salus.assistant.tools;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** One food of the nutrition table: values per 100 g edible portion (absent = no data, not zero) and household portions. */
record Food(String code, String name, List<String> aliases, Map<Nutrient, Double> per100g, List<Portion> portions) {

    /** A household measure, e.g. amount 1, "medium (3" dia)", 182 g. */
    record Portion(double amount, String description, double grams) {

        String label() {
            return Text.number(amount) + " " + description;
        }

        double gramsPerUnit() {
            return grams / amount;
        }
    }

    OptionalDouble amount(Nutrient nutrient, double grams) {
        Double value = per100g.get(nutrient);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value * grams / 100);
    }
}

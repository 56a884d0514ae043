package org.salus.assistant.tools;

import java.util.List;
import java.util.Optional;

/**
 * The nutrients the tool reports, with SR28 nutrient numbers and FDA Daily Values for adults and children 4 years and
 * older (21 CFR 101.9(c), as amended 27 May 2016, 81 FR 33742); a DV of 0 means none applies (e.g. total sugars).
 */
enum Nutrient {
    ENERGY("energy_kcal", "Energy", "kcal", 208, 0),
    PROTEIN("protein_g", "Protein", "g", 203, 50),
    FAT("fat_g", "Total fat", "g", 204, 78),
    SATURATED_FAT("saturated_fat_g", "Saturated fat", "g", 606, 20),
    CHOLESTEROL("cholesterol_mg", "Cholesterol", "mg", 601, 300),
    CARBOHYDRATE("carbohydrate_g", "Carbohydrate", "g", 205, 275),
    FIBER("fiber_g", "Fibre", "g", 291, 28),
    SUGARS("sugars_g", "Sugars", "g", 269, 0),
    SODIUM("sodium_mg", "Sodium", "mg", 307, 2300),
    POTASSIUM("potassium_mg", "Potassium", "mg", 306, 4700),
    CALCIUM("calcium_mg", "Calcium", "mg", 301, 1300),
    IRON("iron_mg", "Iron", "mg", 303, 18),
    VITAMIN_A("vitamin_a_ug", "Vitamin A", "µg", 320, 900),
    VITAMIN_C("vitamin_c_mg", "Vitamin C", "mg", 401, 90),
    VITAMIN_D("vitamin_d_ug", "Vitamin D", "µg", 328, 20);

    static final List<Nutrient> SUMMARY = List.of(ENERGY, PROTEIN, FAT, CARBOHYDRATE, FIBER, SUGARS, SODIUM);

    final String key;
    final String label;
    final String unit;
    final int srNumber;
    final double dailyValue;

    Nutrient(String key, String label, String unit, int srNumber, double dailyValue) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.srNumber = srNumber;
        this.dailyValue = dailyValue;
    }

    static Optional<Nutrient> byKey(String key) {
        for (Nutrient n : values()) {
            if (n.key.equals(key)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    String format(double amount) {
        return Text.number(amount) + ("kcal".equals(unit) ? " kcal" : " " + unit);
    }

    Optional<Long> percentDailyValue(double amount) {
        return dailyValue > 0 ? Optional.of(Math.round(amount * 100 / dailyValue)) : Optional.empty();
    }
}

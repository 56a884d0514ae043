package org.salus.assistant.tools;

import java.util.List;

/** One exercise in the free-exercise-db schema (images left out). */
record Exercise(String id, String name, String force, String level, String mechanic, String equipment,
                List<String> primaryMuscles, List<String> secondaryMuscles, List<String> instructions, String category) {}

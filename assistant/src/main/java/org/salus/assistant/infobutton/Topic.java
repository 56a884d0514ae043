package org.salus.assistant.infobutton;

import java.time.LocalDate;

/** A vetted corpus document offered as patient education: where to read it and a short summary. */
public record Topic(String docId, String title, String url, String publisher, String language, String summary,
                    LocalDate reviewedOn, String reviewStatus) {}

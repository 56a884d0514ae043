package org.salus.assistant.infobutton;

import java.time.Instant;
import java.util.List;

/** One Infobutton answer: what was asked (as Atom categories) and the matching topics. */
record Feed(String id, String base, String language, String subtitle, Instant updated, List<Category> categories,
            List<Topic> entries) {

    /** A request parameter echoed back, as MedlinePlus Connect does. */
    record Category(String scheme, String term) {}
}

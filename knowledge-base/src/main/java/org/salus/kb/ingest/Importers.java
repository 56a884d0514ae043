package org.salus.kb.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of source formats, so the CLI and the app resolve {@code --format} names in one place. */
public final class Importers {

    private static final Map<String, DocumentImporter> BY_FORMAT = List.of(
                    new SalusMarkdownImporter(),
                    new MedlinePlusXmlImporter(),
                    new MedlinePlusJsonlImporter(),
                    new MedQuadJsonlImporter(),
                    new TsvImporter(),
                    new BeirImporter())
            .stream()
            .collect(Collectors.toUnmodifiableMap(DocumentImporter::format, Function.identity()));

    private Importers() {
    }

    public static Optional<DocumentImporter> forFormat(String format) {
        return Optional.ofNullable(format).map(BY_FORMAT::get);
    }

    public static List<String> formats() {
        return BY_FORMAT.keySet().stream().sorted().toList();
    }
}

package org.salus.kb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.salus.kb.Document.Section;

/**
 * Turns light markup (HTML fragments, Markdown) from sources into plain paragraphs and sections; a list item stays a
 * paragraph of its own that starts with {@value #ITEM}, so readers of the text can tell it from a sentence.
 */
final class TextBlocks {

    /** The mark a list item's paragraph starts with, as the MedlinePlus plain-text summaries write it. */
    static final String ITEM = "- ";

    private static final Pattern LIST_ITEM_TAG = Pattern.compile("(?i)<li\\b[^>]*>");
    private static final Pattern BLOCK_TAGS = Pattern.compile("(?i)</?(p|li|ul|ol|br|div|h[1-6])\\b[^>]*>");
    private static final Pattern TAGS = Pattern.compile("<[^>]+>");
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    private static final Pattern MD_BULLET = Pattern.compile("^\\s*[*+-]\\s+");
    private static final Pattern MD_INLINE = Pattern.compile("\\*\\*|__|(?<!\\w)[*_](?=\\S)|(?<=\\S)[*_](?!\\w)|`");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");

    private TextBlocks() {
    }

    /** Plain text from an HTML fragment, one paragraph per block element. */
    static String fromHtml(String html) {
        // the mark goes before the item's first text, also when that text sits in a <p> inside the <li>
        String text = LIST_ITEM_TAG.matcher(html).replaceAll("\n\n\u0001");
        text = BLOCK_TAGS.matcher(text).replaceAll("\n\n").replaceAll("\u0001\\s*", ITEM);
        text = TAGS.matcher(text).replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'");
        return normaliseParagraphs(text);
    }

    /** Sections from Markdown: headings start sections; the text before the first heading is the lead section. */
    static List<Section> sectionsFromMarkdown(String markdown, String leadHeading) {
        List<Section> sections = new ArrayList<>();
        String heading = leadHeading;
        StringBuilder body = new StringBuilder();
        for (String line : markdown.split("\\R")) {
            var m = MD_HEADING.matcher(line.strip());
            if (m.matches()) {
                addSection(sections, heading, body);
                heading = plainMarkdown(m.group(1));
                body.setLength(0);
            } else {
                body.append(plainMarkdownLine(line)).append('\n');
            }
        }
        addSection(sections, heading, body);
        return sections;
    }

    private static void addSection(List<Section> sections, String heading, StringBuilder body) {
        String text = normaliseParagraphs(body.toString());
        if (!text.isBlank()) {
            sections.add(new Section(heading, text));
        }
    }

    private static String plainMarkdownLine(String line) {
        boolean bullet = MD_BULLET.matcher(line).find();
        String text = plainMarkdown(MD_BULLET.matcher(line).replaceFirst(""));
        // A bullet is its own marked paragraph so it never merges into the sentence before it.
        return bullet && !text.isEmpty() ? "\n" + ITEM + text + "\n" : text;
    }

    private static String plainMarkdown(String text) {
        return MD_INLINE.matcher(MD_LINK.matcher(text).replaceAll("$1")).replaceAll("").strip();
    }

    /** Collapses white space inside paragraphs and keeps one blank line between paragraphs. */
    static String normaliseParagraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String p = SPACES.matcher(paragraph.replace('\n', ' ')).replaceAll(" ").strip();
            if (!p.isEmpty() && !p.equals(ITEM.strip())) {
                paragraphs.add(p);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** Splits a long plain summary into paragraphs at runs of spaces that sources use as breaks. */
    static String paragraphsFromRuns(String text) {
        return normaliseParagraphs(text.replaceAll(" {3,}", "\n\n"));
    }
}

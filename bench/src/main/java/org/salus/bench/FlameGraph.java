package org.salus.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A flame graph as a self-contained SVG from collapsed stacks (root first, frames separated by {@code ;}), drawn
 * here so profiles can be rendered offline with nothing but the JDK; hover a frame for its name and share.
 */
final class FlameGraph {

    private static final int WIDTH = 1200;
    private static final int ROW = 16;
    private static final double MIN_PX = 1.0;

    private static final class Node {
        final Map<String, Node> children = new LinkedHashMap<>();
        double weight;
    }

    private FlameGraph() {
    }

    static String svg(String title, Map<String, Double> collapsed) {
        Node root = new Node();
        int depth = 0;
        for (var e : collapsed.entrySet()) {
            Node n = root;
            n.weight += e.getValue();
            String[] frames = e.getKey().split(";");
            depth = Math.max(depth, frames.length);
            for (String f : frames) {
                n = n.children.computeIfAbsent(f, k -> new Node());
                n.weight += e.getValue();
            }
        }
        int height = (depth + 3) * ROW;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"monospace\" font-size=\"11\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"#fdfdf8\"/>%n"
                + "<text x=\"%d\" y=\"14\" text-anchor=\"middle\" font-size=\"13\">%s</text>%n", WIDTH, height, WIDTH / 2,
                escape(title)));
        draw(svg, root, "all", 0, 0, root.weight, height);
        return svg.append("</svg>\n").toString();
    }

    private static void draw(StringBuilder svg, Node node, String name, double x, int level, double total, int height) {
        double w = node.weight / total * WIDTH;
        if (w < MIN_PX) {
            return;
        }
        double y = height - (level + 1) * ROW;
        String label = String.format(Locale.ROOT, "%s (%.1f %%)", name, 100 * node.weight / total);
        svg.append(String.format(Locale.ROOT, "<g><title>%s</title><rect x=\"%.2f\" y=\"%.1f\" width=\"%.2f\" height=\"%d\" "
                + "fill=\"%s\" stroke=\"#fdfdf8\" stroke-width=\"0.5\"/>", escape(label), x, y, w, ROW - 1, colour(name)));
        int fits = (int) ((w - 4) / 6.6);
        if (fits >= 3) {
            String text = name.length() <= fits ? name : name.substring(0, Math.max(1, fits - 2)) + "..";
            svg.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%.1f\">%s</text>", x + 2, y + ROW - 4, escape(text)));
        }
        svg.append("</g>\n");
        double cx = x;
        for (var c : node.children.entrySet()) {
            draw(svg, c.getValue(), c.getKey(), cx, level + 1, total, height);
            cx += c.getValue().weight / total * WIDTH;
        }
    }

    /** Salus green, ONNX and its tokenizer red, Lucene blue, Spring, Tomcat and Jackson yellow, the rest orange. */
    private static String colour(String frame) {
        int h = Math.floorMod(frame.hashCode(), 40);
        if (frame.startsWith("salus.")) {
            return "rgb(" + (80 + h) + ",180," + (90 + h) + ")";
        }
        if (frame.startsWith("onnx.") || frame.startsWith("lc4j.")) {
            return "rgb(220," + (70 + h) + ",60)";
        }
        if (frame.startsWith("lucene.")) {
            return "rgb(90," + (140 + h) + ",220)";
        }
        if (frame.startsWith("spring.") || frame.startsWith("tomcat.") || frame.startsWith("jackson.")) {
            return "rgb(225,200," + (60 + h) + ")";
        }
        return "rgb(240," + (140 + h) + ",60)";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

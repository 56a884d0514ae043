package org.salus.assistant.review;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two versions of a document (longest common subsequence), as side-by-side rows for the reviewer page
 * and as a unified diff for the command line.
 */
final class TextDiff {

    private static final long MAX_CELLS = 16_000_000L;

    private record Op(char type, String line) {}

    private TextDiff() {
    }

    static List<ReviewViews.Row> rows(String before, String after) {
        List<Op> ops = ops(lines(before), lines(after));
        List<ReviewViews.Row> rows = new ArrayList<>();
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k).type() == '=') {
                rows.add(new ReviewViews.Row("same", ops.get(k).line(), ops.get(k).line()));
                k++;
                continue;
            }
            List<String> removed = new ArrayList<>();
            List<String> added = new ArrayList<>();
            while (k < ops.size() && ops.get(k).type() != '=') {
                (ops.get(k).type() == '-' ? removed : added).add(ops.get(k).line());
                k++;
            }
            for (int i = 0; i < Math.max(removed.size(), added.size()); i++) {
                String left = i < removed.size() ? removed.get(i) : null;
                String right = i < added.size() ? added.get(i) : null;
                rows.add(new ReviewViews.Row(left == null ? "added" : right == null ? "removed" : "changed", left, right));
            }
        }
        return rows;
    }

    /** The unified diff with {@code context} lines around each change; empty when the texts are the same. */
    static String unified(String before, String after, String beforeName, String afterName, int context) {
        List<Op> ops = ops(lines(before), lines(after));
        int[] aPos = new int[ops.size() + 1];
        int[] bPos = new int[ops.size() + 1];
        List<Integer> changes = new ArrayList<>();
        for (int k = 0; k < ops.size(); k++) {
            char t = ops.get(k).type();
            aPos[k + 1] = aPos[k] + (t == '+' ? 0 : 1);
            bPos[k + 1] = bPos[k] + (t == '-' ? 0 : 1);
            if (t != '=') {
                changes.add(k);
            }
        }
        if (changes.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("--- ").append(beforeName).append("\n+++ ").append(afterName).append('\n');
        int h = 0;
        while (h < changes.size()) {
            int start = Math.max(0, changes.get(h) - context);
            int last = changes.get(h);
            while (h + 1 < changes.size() && changes.get(h + 1) - last - 1 <= 2 * context) {
                last = changes.get(++h);
            }
            int end = Math.min(ops.size() - 1, last + context);
            int aCount = aPos[end + 1] - aPos[start];
            int bCount = bPos[end + 1] - bPos[start];
            out.append("@@ -").append(aCount == 0 ? aPos[start] : aPos[start] + 1).append(',').append(aCount)
                    .append(" +").append(bCount == 0 ? bPos[start] : bPos[start] + 1).append(',').append(bCount)
                    .append(" @@\n");
            for (int k = start; k <= end; k++) {
                Op op = ops.get(k);
                out.append(op.type() == '=' ? ' ' : op.type()).append(op.line()).append('\n');
            }
            h++;
        }
        return out.toString();
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }

    private static List<Op> ops(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        List<Op> ops = new ArrayList<>();
        if ((long) n * m > MAX_CELLS) {
            a.forEach(line -> ops.add(new Op('-', line)));
            b.forEach(line -> ops.add(new Op('+', line)));
            return ops;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add(new Op('=', a.get(i++)));
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new Op('-', a.get(i++)));
            } else {
                ops.add(new Op('+', b.get(j++)));
            }
        }
        return ops;
    }
}

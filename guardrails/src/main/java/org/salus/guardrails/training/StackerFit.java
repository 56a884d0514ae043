package org.salus.guardrails.training;

import org.salus.guardrails.learn.Head;
import org.salus.guardrails.learn.Stacker;

/**
 * Fits a {@link Stacker} head's weights on the parts' out-of-fold scores: a ridge-regularised logistic regression
 * solved by Newton's method, with the same smoothed targets as Platt scaling so that it stays calibrated.
 */
final class StackerFit {

    private static final double L2 = 1.0;

    private StackerFit() {
    }

    /** {@code x[i]} are {@link Stacker#inputs} of message i; returns the weights, bias last. */
    static double[] fit(double[][] x, boolean[] labels) {
        int d = Stacker.WIDTH + 1;
        int pos = 0;
        for (boolean b : labels) {
            pos += b ? 1 : 0;
        }
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (labels.length - pos + 2.0);
        double[] w = new double[d];
        w[0] = 1;
        for (int iter = 0; iter < 50; iter++) {
            double[] g = new double[d];
            double[][] h = new double[d][d];
            for (int j = 0; j < d - 1; j++) {
                g[j] = L2 * w[j];
                h[j][j] = L2;
            }
            h[d - 1][d - 1] = 1e-9;
            for (int i = 0; i < x.length; i++) {
                double z = w[d - 1];
                for (int j = 0; j < d - 1; j++) {
                    z += w[j] * x[i][j];
                }
                double p = Head.sigmoid(z);
                double r = p - (labels[i] ? hi : lo);
                double s = Math.max(p * (1 - p), 1e-9);
                for (int a = 0; a < d; a++) {
                    double xa = a == d - 1 ? 1 : x[i][a];
                    g[a] += r * xa;
                    for (int b = 0; b <= a; b++) {
                        h[a][b] += s * xa * (b == d - 1 ? 1 : x[i][b]);
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = a + 1; b < d; b++) {
                    h[a][b] = h[b][a];
                }
            }
            double[] step = solve(h, g);
            double change = 0;
            for (int a = 0; a < d; a++) {
                w[a] -= step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < 1e-7) {
                break;
            }
        }
        for (double v : w) {
            if (!Double.isFinite(v)) {
                throw new IllegalStateException("the stacker did not converge");
            }
        }
        return w;
    }

    /** Gaussian elimination with partial pivoting; {@code h} is positive definite here. */
    private static double[] solve(double[][] h, double[] g) {
        int n = g.length;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(h[i], 0, a[i], 0, n);
            a[i][n] = g[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = a[c];
            a[c] = a[pivot];
            a[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k <= n; k++) {
                    a[r][k] -= f * a[c][k];
                }
            }
        }
        double[] out = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * out[k];
            }
            out[r] = s / a[r][r];
        }
        return out;
    }
}

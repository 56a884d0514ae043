package org.salus.guardrails.training;

import org.salus.guardrails.learn.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.salus.guardrails.learn.Head;
import org.salus.guardrails.learn.Neighbours;
import org.salus.guardrails.learn.SharedNet;

/**
 * The parts averaged with each linear head, fitted once for all heads: the shared network with its calibrated
 * out-of-fold probabilities per head and message, and the neighbour index with its out-of-fold votes (neighbours
 * from the other folds only).
 */
record EnsembleFit(SharedNet net, double[][] oof, Neighbours neighbours, Map<String, double[]> votes) {

    static final int NEIGHBOURS = 50;
    static final double SHARPNESS = 20;

    static int fold(Example e) {
        return Math.floorMod(e.group().hashCode(), HeadTrainer.FOLDS);
    }

    static EnsembleFit fit(List<HeadSpec> specs, List<Example> examples, SharedNetTrainer trainer) {
        EnsembleFit deep = fitDeep(specs, examples, trainer);
        Map.Entry<Neighbours, Map<String, double[]>> n = fitNeighbours(examples);
        return new EnsembleFit(deep.net, deep.oof, n.getKey(), n.getValue());
    }

    /**
     * The stacker's inputs for {@code head} and one training message, from its out-of-fold parts; null when the
     * shared network has no such head (the linear head then stands alone).
     */
    double[] stackInputs(String head, int example, double linear, double spanish, double longness) {
        int k = net.index(head);
        if (k < 0) {
            return null;
        }
        double[] v = votes.get(head);
        return org.salus.guardrails.learn.Stacker.inputs(linear, oof[k][example], v == null ? Double.NaN
                : v[example], spanish, longness);
    }

    private static Map.Entry<Neighbours, Map<String, double[]>> fitNeighbours(List<Example> examples) {
        int n = examples.size();
        java.util.BitSet crisis = new java.util.BitSet(n);
        java.util.BitSet harm = new java.util.BitSet(n);
        int[] folds = new int[n];
        for (int i = 0; i < n; i++) {
            crisis.set(i, examples.get(i).inCrisis());
            harm.set(i, examples.get(i).harmful());
            folds[i] = fold(examples.get(i));
        }
        Neighbours index = Neighbours.of(examples.stream().map(Example::embedding).toList(),
                Map.of("crisis", crisis, "harm", harm), NEIGHBOURS, SHARPNESS);
        Map<String, double[]> votes = Map.of("crisis", new double[n], "harm", new double[n]);
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            int own = folds[i];
            Map<String, Double> s = index.scores(examples.get(i).embedding(), j -> folds[j] != own);
            votes.get("crisis")[i] = s.get("crisis");
            votes.get("harm")[i] = s.get("harm");
        });
        return Map.entry(index, votes);
    }

    /** Out-of-fold scores of the shared network (the same folds as the linear heads), Platt scaling, final fit. */
    private static EnsembleFit fitDeep(List<HeadSpec> specs, List<Example> examples, SharedNetTrainer trainer) {
        int n = examples.size();
        List<String> names = specs.stream().map(HeadSpec::name).toList();
        boolean[][] member = new boolean[specs.size()][n];
        boolean[][] label = new boolean[specs.size()][n];
        for (int k = 0; k < specs.size(); k++) {
            for (int i = 0; i < n; i++) {
                member[k][i] = specs.get(k).includes().test(examples.get(i));
                label[k][i] = member[k][i] && specs.get(k).positive().test(examples.get(i));
            }
        }
        double[][] oof = new double[specs.size()][n];
        java.util.stream.IntStream.range(0, HeadTrainer.FOLDS).parallel().forEach(f -> {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (fold(examples.get(i)) != f) {
                    train.add(i);
                }
            }
            SharedNet net = trainer.train(names, train.stream().map(i -> examples.get(i).embedding()).toList(),
                    select(member, train), select(label, train));
            for (int i = 0; i < n; i++) {
                if (fold(examples.get(i)) == f) {
                    double[] z = net.logits(examples.get(i).embedding());
                    for (int k = 0; k < z.length; k++) {
                        oof[k][i] = z[k];
                    }
                }
            }
        });
        double[] a = new double[specs.size()];
        double[] b = new double[specs.size()];
        for (int k = 0; k < specs.size(); k++) {
            List<Integer> in = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (member[k][i]) {
                    in.add(i);
                }
            }
            double[] logits = new double[in.size()];
            boolean[] labels = new boolean[in.size()];
            for (int j = 0; j < in.size(); j++) {
                logits[j] = oof[k][in.get(j)];
                labels[j] = label[k][in.get(j)];
            }
            double[] ab = LogisticTrainer.platt(logits, labels);
            a[k] = ab[0];
            b[k] = ab[1];
            for (int i = 0; i < n; i++) {
                oof[k][i] = Head.sigmoid(a[k] * oof[k][i] + b[k]);
            }
        }
        List<float[]> all = examples.stream().map(Example::embedding).toList();
        SharedNet net = trainer.train(names, all, member, label).withPlatt(a, b);
        return new EnsembleFit(net, oof, null, Map.of());
    }

    private static boolean[][] select(boolean[][] rows, List<Integer> columns) {
        boolean[][] out = new boolean[rows.length][columns.size()];
        for (int k = 0; k < rows.length; k++) {
            for (int j = 0; j < columns.size(); j++) {
                out[k][j] = rows[k][columns.get(j)];
            }
        }
        return out;
    }
}

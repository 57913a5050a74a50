package dev.crossroads.relations.extract;

import dev.crossroads.relations.RelationsException;
import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;

/**
 * Part-of-speech tags from OpenNLP's maxent tagger model, decoded greedily: left to right, each token gets
 * the most probable tag the model's sequence validator (its tag dictionary) allows, given the two tags before
 * it. This is what OpenNLP's {@code POSTaggerME} does with a beam of 1, the same features and the same choice
 * on ties (the first tag in the model's order), without the beam's bookkeeping (a sorted copy of the scores
 * and a priority queue per token), which cost a sixth of the extraction time (issue 15). With the English
 * UD-EWT model it tags as the model's beam of 3 does on every sentence we have compared
 * ({@code NlpHotPathTest}, bench/README-relations.md). Not thread-safe: one per thread (see {@link Nlp}).
 */
final class GreedyTagger {
    /** The lowest log-probability a tag sequence may have, as in OpenNLP's beam search. */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    private static final Object[] NO_CONTEXT = new Object[0];

    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final double[] probs;

    GreedyTagger(POSModel pos) {
        this.model = pos.getArtifact("pos.model");
        POSTaggerFactory factory = pos.getFactory();
        this.contexts = factory.getPOSContextGenerator(0);
        this.validator = factory.getSequenceValidator();
        this.probs = new double[model.getNumOutcomes()];
    }

    String[] tag(String[] words) {
        String[] tags = new String[words.length];
        double score = 0;
        for (int i = 0; i < words.length; i++) {
            String[] before = Arrays.copyOf(tags, i);
            double[] p = model.eval(contexts.getContext(i, words, before, NO_CONTEXT), probs);
            int best = mostProbable(i, words, before, p, score);
            if (best < 0) {
                throw new RelationsException(
                        "the part-of-speech model allows no tag for '" + words[i] + "' (token " + (i + 1) + ")");
            }
            tags[i] = model.getOutcome(best);
            score += StrictMath.log(p[best]);
        }
        return tags;
    }

    /**
     * The first allowed tag of the highest probability of all whose sequence stays above the lowest score; when
     * there is none, the first allowed tag that scores best (as the beam search falls back to every allowed
     * tag). -1 when no tag is allowed.
     */
    private int mostProbable(int i, String[] words, String[] before, double[] p, double score) {
        double max = Double.NEGATIVE_INFINITY;
        boolean nan = false;
        for (double v : p) {
            nan |= Double.isNaN(v);
            max = Math.max(max, v);
        }
        for (int o = 0; !nan && o < p.length; o++) {
            if (p[o] >= max
                    && score + StrictMath.log(p[o]) > MIN_SEQUENCE_SCORE
                    && validator.validSequence(i, words, before, model.getOutcome(o))) {
                return o;
            }
        }
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < p.length; o++) {
            double s = score + StrictMath.log(p[o]);
            if (s > MIN_SEQUENCE_SCORE
                    && (best < 0 || Double.compare(s, bestScore) > 0)
                    && validator.validSequence(i, words, before, model.getOutcome(o))) {
                best = o;
                bestScore = s;
            }
        }
        return best;
    }
}

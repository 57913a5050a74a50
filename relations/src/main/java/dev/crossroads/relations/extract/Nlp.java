package dev.crossroads.relations.extract;

import dev.crossroads.relations.RelationsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens, part-of-speech tags (Universal Dependencies tags) and lemmas with Apache OpenNLP's
 * English UD-EWT models 1.2 (the {@code opennlp-models-*-en} jars), loaded from the classpath once.
 * Thread-safe: the models are immutable and shared, while OpenNLP's sentence detector, tokenizer, tagger and
 * lemmatizer keep per-call state, so each thread that uses an instance gets its own set of them (made on its
 * first call, a few milliseconds). Lemmas are looked up per (word, tag) with the OpenNLP
 * lemmatizer and memoised across instances, since running the lemmatizer over whole sentences was the
 * slowest step (about 90 sentences per second here); the memo is keyed by the word as written (the
 * lemmatizer reads capitals), so a lemma does not depend on which casing of a word came first. The
 * tokenizer's cuts are memoised per whitespace-delimited chunk (see {@link #CUTS}): a third of the
 * extraction time went to tokenizing words already seen. Tags are decoded greedily ({@link GreedyTagger})
 * rather than with the model's beam of 3, a third of the model evaluations for the same tags on the text we
 * compared (issue 15, bench/README-relations.md).
 */
final class Nlp {
    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.2-2.5.0.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.2-2.5.0.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.2-2.5.0.bin";
    static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.2-2.5.0.bin";

    private static volatile Models models;
    private static final Map<String, String> LEMMAS = new ConcurrentHashMap<>();
    /**
     * The tokenizer's cuts of one whitespace-delimited chunk, as offsets into the chunk (start, end, start,
     * end, ...). OpenNLP's tokenizer decides each chunk on its own characters (its context is the chunk and
     * the position in it), so a chunk is cut the same way wherever it occurs and the cuts can be memoised.
     */
    private static final Map<String, int[]> CUTS = new ConcurrentHashMap<>();

    private static final int MEMO_LIMIT = 200_000;

    private record Models(SentenceModel sentence, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {}

    /** One token: text, character offsets in its sentence, UD tag, lower-case lemma. */
    record Token(String text, String lower, int start, int end, String tag, String lemma) {
        Token(String text, int start, int end, String tag, String lemma) {
            this(text, text.toLowerCase(Locale.ROOT), start, end, tag, lemma);
        }
    }

    /** OpenNLP's tools for one thread: none of them may be shared between threads. */
    private record Tools(
            SentenceDetectorME sentences, TokenizerME tokenizer, GreedyTagger tagger, LemmatizerME lemmatizer) {
        static Tools of(Models m) {
            return new Tools(
                    new SentenceDetectorME(m.sentence),
                    new TokenizerME(m.tokens),
                    new GreedyTagger(m.pos),
                    new LemmatizerME(m.lemmas));
        }
    }

    private final ThreadLocal<Tools> tools;

    Nlp() {
        Models m = models();
        Tools first = Tools.of(m); // fail here, not on a request thread, if a model is broken
        Thread owner = Thread.currentThread();
        this.tools = ThreadLocal.withInitial(() -> Thread.currentThread() == owner ? first : Tools.of(m));
    }

    private static Models models() {
        Models m = models;
        if (m == null) {
            synchronized (Nlp.class) {
                if (models == null) {
                    try {
                        models = new Models(
                                new SentenceModel(open(SENTENCE_MODEL)),
                                new TokenizerModel(open(TOKEN_MODEL)),
                                new POSModel(open(POS_MODEL)),
                                new LemmatizerModel(open(LEMMA_MODEL)));
                    } catch (IOException e) {
                        throw new RelationsException("cannot read an OpenNLP model: " + e.getMessage(), e);
                    }
                }
                m = models;
            }
        }
        return m;
    }

    private static InputStream open(String resource) {
        InputStream in = Nlp.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new RelationsException("OpenNLP model " + resource + " is not on the classpath: add the "
                    + "opennlp-models-*-en 1.2.0 jars");
        }
        return in;
    }

    /** Sentence spans of a text. */
    Span[] sentences(String text) {
        return tools.get().sentences().sentPosDetect(text);
    }

    /** Token texts with offsets, a possessive "'s" split off its noun ("Turkey's" -> "Turkey", "'s"). */
    List<int[]> tokenSpans(String sentence) {
        List<int[]> out = new ArrayList<>();
        for (Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(sentence)) {
            int offset = chunk.getStart();
            int[] cuts = cuts(sentence.substring(offset, chunk.getEnd()));
            for (int c = 0; c < cuts.length; c += 2) {
                int start = offset + cuts[c];
                int end = offset + cuts[c + 1];
                int cut = possessive(sentence, start, end);
                if (cut > 0) {
                    out.add(new int[] {start, start + cut});
                    out.add(new int[] {start + cut, end});
                } else {
                    out.add(new int[] {start, end});
                }
            }
        }
        return out;
    }

    /** The tokenizer's cuts of one chunk without white space (see {@link #CUTS}). */
    private int[] cuts(String chunk) {
        int[] cached = CUTS.get(chunk);
        if (cached != null) {
            return cached;
        }
        Span[] spans = tools.get().tokenizer().tokenizePos(chunk);
        int[] cuts = new int[spans.length * 2];
        for (int i = 0; i < spans.length; i++) {
            cuts[2 * i] = spans[i].getStart();
            cuts[2 * i + 1] = spans[i].getEnd();
        }
        if (CUTS.size() < MEMO_LIMIT) {
            CUTS.put(chunk, cuts);
        }
        return cuts;
    }

    private static int possessive(String sentence, int start, int end) {
        int n = end - start;
        char last = sentence.charAt(end - 1);
        if (n > 2 && last == 's') {
            char quote = sentence.charAt(end - 2);
            return quote == '\'' || quote == '’' ? n - 2 : -1;
        }
        if (n > 1
                && (last == '\'' || last == '’')
                && sentence.charAt(end - 2) == 's'
                && Character.isUpperCase(sentence.charAt(start))) {
            return n - 1;
        }
        return -1;
    }

    /** Plain token texts, as the gazetteer uses them to cut names. */
    String[] words(String text) {
        List<int[]> spans = tokenSpans(text);
        String[] out = new String[spans.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = text.substring(spans.get(i)[0], spans.get(i)[1]);
        }
        return out;
    }

    List<Token> tokens(String sentence) {
        return tag(untagged(sentence));
    }

    /** Tokens without tags and lemmas (tag and lemma empty): enough to look up names. */
    List<Token> untagged(String sentence) {
        List<int[]> spans = tokenSpans(sentence);
        List<Token> out = new ArrayList<>(spans.size());
        for (int[] sp : spans) {
            out.add(new Token(sentence.substring(sp[0], sp[1]), sp[0], sp[1], "", ""));
        }
        return out;
    }

    /** The same tokens with UD tags and lemmas. */
    List<Token> tag(List<Token> untagged) {
        String[] words = new String[untagged.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = untagged.get(i).text();
        }
        String[] tags = tools.get().tagger().tag(words);
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            out.add(new Token(
                    words[i], untagged.get(i).start(), untagged.get(i).end(), tags[i], lemma(words[i], tags[i])));
        }
        return out;
    }

    String lemma(String word, String tag) {
        String key = word + '\t' + tag;
        String cached = LEMMAS.get(key);
        if (cached != null) {
            return cached;
        }
        String l = tools.get().lemmatizer().lemmatize(new String[] {word}, new String[] {tag})[0];
        if (l == null || l.isBlank() || l.equals("O") || l.contains("+")) {
            l = word;
        }
        l = l.toLowerCase(Locale.ROOT);
        if (LEMMAS.size() < 200_000) {
            LEMMAS.put(key, l);
        }
        return l;
    }
}

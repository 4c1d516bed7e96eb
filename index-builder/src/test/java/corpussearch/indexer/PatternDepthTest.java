package corpussearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Java's regex engine recurses once per repetition of a quantified group: {@code (?:\.[a-z]+)*}
 * over "a.a.a.a…" goes one level deeper for every "a.", and a long enough line throws {@link
 * StackOverflowError}. A saved page may hold a line of any length, so no pattern the builder
 * compiles may grow the stack with its input: each one is run over a long run of a repeated unit
 * on a thread whose stack holds only a few hundred such levels.
 */
class PatternDepthTest {

  /** Far more repetitions than the small stack below holds levels of a recursing group. */
  private static final int LENGTH = 4_000;

  private static final long SMALL_STACK_BYTES = 256 * 1024;

  private static final Map<String, Pattern> PATTERNS = compiledPatterns();

  @Property(tries = 100)
  void noPatternGoesDeeperForEveryRepetition(@ForAll("prefixes") String prefix, @ForAll("units") String unit) throws InterruptedException {
    String text = prefix + unit.repeat(LENGTH / unit.length());

    assertThat(overflowing(text)).isEmpty();
  }

  @Property(tries = 1)
  void everyCompiledPatternIsChecked() {
    assertThat(PATTERNS).hasSizeGreaterThan(300);
  }

  @Provide
  Arbitrary<String> prefixes() {
    return Arbitraries.of("", "By ", "by ", "BY ", "Reporting by ", "The ", "http://", "https://www.", "Posted ", "Updated: ", "© ",
        "Tags: ", "Photo: ", "13 November ", "Home | ", "\"", "(", "- ", "* ", "> ");
  }

  @Provide
  Arbitrary<String> units() {
    Arbitrary<String> symbols = Arbitraries.strings()
        .withChars("aAbZé1.-,:;/'’\"&*_#|·—()[]@ \t?!+=%$«»“”")
        .ofMinLength(1).ofMaxLength(4);
    Arbitrary<String> words = Arbitraries.of("a.", "a-", "A ", "Ab ", "1.", "a-b.", "A. ", "Mr ", "The ", "and ", "Ann Lee, ", "Jan ",
        "2024 ", "12:30 ", "a.b/", "www.a", "#a ", "**", "__", "[a](b) ", "Q&A ", "N.Y. ", "von ", "de la ", "O'Neil ", "AB-", "a_b", "a? ", "Why? ", "a! ", "a; ", "a: ");
    return Arbitraries.oneOf(symbols, words);
  }

  /** The names of the patterns that overflowed a small stack on {@code text}. */
  private static List<String> overflowing(String text) throws InterruptedException {
    AtomicReference<List<String>> result = new AtomicReference<>();
    Thread thread = new Thread(null, () -> result.set(matchAll(text)), "small-stack", SMALL_STACK_BYTES);
    thread.start();
    thread.join();
    return result.get();
  }

  private static List<String> matchAll(String text) {
    List<String> overflowing = new ArrayList<>();
    PATTERNS.forEach((name, pattern) -> {
      try {
        pattern.matcher(text).lookingAt();
      } catch (StackOverflowError e) {
        overflowing.add(name);
      }
    });
    return overflowing;
  }

  /** Every {@code static final Pattern} of the builder's own classes, by class and field name. */
  private static Map<String, Pattern> compiledPatterns() {
    Map<String, Pattern> patterns = new TreeMap<>();
    for (JavaClass type : new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
        .importPackages("corpussearch.indexer")) {
      for (Field field : type.reflect().getDeclaredFields()) {
        if (field.getType() == Pattern.class && Modifier.isStatic(field.getModifiers())) {
          patterns.put(type.getSimpleName() + "." + field.getName(), read(field));
        }
      }
    }
    return patterns;
  }

  private static Pattern read(Field field) {
    try {
      field.setAccessible(true);
      return (Pattern) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}

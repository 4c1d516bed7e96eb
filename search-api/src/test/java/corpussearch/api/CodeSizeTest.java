package corpussearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house size rules on the main sources of search-api, index-builder, analysis and opensearch-plugin: a class file under 300
 * lines, a method or constructor at most 40 lines from its declaration to its closing brace.
 */
class CodeSizeTest {

  static final int MAX_CLASS_LINES = 299;
  static final int MAX_METHOD_LINES = 40;

  /** Files being split on another branch; the merge that lands the split empties this set. */
  static final Set<String> BEING_SPLIT = Set.of();

  private static final List<Path> SOURCES =
      List.of(Path.of("src/main/java"), Path.of("../index-builder/src/main/java"), Path.of("../analysis/src/main/java"),
          Path.of("../opensearch-plugin/src/main/java"));
  private static final Pattern CONTROL = Pattern.compile("^(else\\s+)?(if|for|while|switch|catch|synchronized|try|do)\\b");
  private static final Pattern SIGNATURE = Pattern.compile("\\)\\s*(throws\\s+[\\w.,\\s]+)?$");
  private static final Pattern NOT_A_METHOD = Pattern.compile("\\b(new|record|class|interface|enum)\\b|->|=");

  @Test
  void everyClassFileIsUnder300Lines() throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (Path file : mainSources()) {
      long lines = Files.readAllLines(file).size();
      if (lines > MAX_CLASS_LINES) {
        tooLong.add(file + ": " + lines + " lines");
      }
    }
    assertThat(tooLong).isEmpty();
  }

  @Test
  void everyMethodIsAtMost40Lines() throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (Path file : mainSources()) {
      tooLong.addAll(longMethods(file));
    }
    assertThat(tooLong).isEmpty();
  }

  @Test
  void theScanFindsMethodsAndTheirLength() {
    String source = "class A {\n  /** {x} */\n  @Override\n  void a(int b)\n      throws E {\n"
        + "    if (b) {\n      s = \"{\";\n    }\n    Runnable r = () -> {\n    };\n  }\n}\n";
    assertThat(methods(source)).containsExactly(new Method("a", 4, 11));
  }

  private static List<Path> mainSources() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : SOURCES) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(file -> file.toString().endsWith(".java"))
            .filter(file -> !BEING_SPLIT.contains(file.getFileName().toString()))
            .forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(100);
    return files;
  }

  private static List<String> longMethods(Path file) throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (Method method : methods(Files.readString(file))) {
      int lines = method.last() - method.first() + 1;
      if (lines > MAX_METHOD_LINES) {
        tooLong.add(file + ": " + method.name() + " at line " + method.first() + " has " + lines + " lines");
      }
    }
    return tooLong;
  }

  /** A method or constructor, from the line naming it to the line of its closing brace. */
  record Method(String name, int first, int last) {}

  /** Every method and constructor body of {@code source}, found by matching braces. */
  static List<Method> methods(String source) {
    String code = withoutCommentsAndLiterals(source);
    List<Method> methods = new ArrayList<>();
    List<Integer> opens = new ArrayList<>();
    List<Method> pending = new ArrayList<>();
    int headerStart = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '{') {
        opens.add(i);
        pending.add(method(code, headerStart, i));
        headerStart = i + 1;
      } else if (c == '}') {
        opens.remove(opens.size() - 1);
        Method open = pending.remove(pending.size() - 1);
        if (open != null) {
          methods.add(new Method(open.name(), open.first(), lineOf(code, i)));
        }
        headerStart = i + 1;
      } else if (c == ';') {
        headerStart = i + 1;
      }
    }
    return methods;
  }

  private static Method method(String code, int from, int brace) {
    String header = code.substring(from, brace).replaceAll("@[\\w.]+(\\([^()]*\\))?", " ").strip();
    if (!SIGNATURE.matcher(header).find() || CONTROL.matcher(header).find() || NOT_A_METHOD.matcher(header).find()) {
      return null;
    }
    Matcher name = Pattern.compile("(\\w+)\\s*\\(").matcher(header);
    if (!name.find()) {
      return null;
    }
    int start = code.indexOf(header.substring(0, Math.min(header.length(), 10)), from);
    return new Method(name.group(1), lineOf(code, start), 0);
  }

  private static int lineOf(String code, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (code.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** {@code source} with comments, strings and characters blanked, line breaks kept. */
  private static String withoutCommentsAndLiterals(String source) {
    Matcher m = Pattern.compile("/\\*(?s:.*?)\\*/|//[^\\n]*|\"\"\"(?s:.*?)\"\"\"|\"(\\\\.|[^\"\\\\\\n])*\"|'(\\\\.|[^'\\\\\\n])*'")
        .matcher(source);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[^\\n]", " ")));
    }
    m.appendTail(out);
    return out.toString();
  }
}

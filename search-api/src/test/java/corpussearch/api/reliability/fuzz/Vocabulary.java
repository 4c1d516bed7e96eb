package corpussearch.api.reliability.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What people type, taken from a folder of corpus texts: the words as written (with their
 * punctuation, so pasted text keeps its quotes and apostrophes), the words alone, names (runs of
 * capitalised words), and the ids of the articles (file names without extension).
 *
 * @param text every whitespace-separated token of every file, in order (pasted runs are cut from it)
 * @param words distinct words stripped of surrounding punctuation
 * @param names distinct runs of two or three capitalised words
 * @param articleIds the file names without their extension
 */
public record Vocabulary(List<String> text, List<String> words, List<String> names, List<String> articleIds) {

  private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){1,2}");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

  /** Reads every {@code .txt} file of {@code corpus}, in name order. */
  public static Vocabulary of(Path corpus) {
    List<String> text = new ArrayList<>();
    Set<String> words = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    List<String> ids = new ArrayList<>();
    for (Path file : textFiles(corpus)) {
      String content = read(file);
      ids.add(file.getFileName().toString().replaceFirst("\\.txt$", ""));
      for (String token : content.split("\\s+")) {
        if (!token.isEmpty()) {
          text.add(token);
          String word = EDGE_PUNCTUATION.matcher(token).replaceAll("");
          if (!word.isEmpty()) {
            words.add(word);
          }
        }
      }
      Matcher name = NAME.matcher(content);
      while (name.find()) {
        names.add(name.group());
      }
    }
    if (text.isEmpty()) {
      throw new IllegalArgumentException("no words in the .txt files of " + corpus);
    }
    return new Vocabulary(List.copyOf(text), List.copyOf(words), List.copyOf(names), List.copyOf(ids));
  }

  private static List<Path> textFiles(Path corpus) {
    try (Stream<Path> files = Files.list(corpus)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code count} consecutive tokens of the text from {@code start} (wrapping), joined by spaces. */
  public String run(int start, int count) {
    String[] tokens = new String[count];
    Arrays.setAll(tokens, i -> text.get((start + i) % text.size()));
    return String.join(" ", tokens);
  }
}

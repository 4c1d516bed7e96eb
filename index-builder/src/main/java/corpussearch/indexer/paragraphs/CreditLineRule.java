package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops the credit line that closes wire stories ("-- Reporting by Jane Doe in London; editing by
 * John Roe", "Additional reporting by Jane Doe", "Writing by …", "Compiled by …", "The Associated
 * Press contributed to this report.", "— With files from The Canadian Press", "Mit Material von
 * Agenturen.", "Doe reported from Almaty, Kazakhstan.", "Interviews translated from Tajik by Jane
 * Doe.", "Follow AP's coverage of Afghanistan at https://…"), also several such sentences in one
 * paragraph ("Doe reported from Kabul and Roe from Herat. AP writer Jim Poe in
 * Dubai contributed to this report."), and, after a credit line that names an editor, everything
 * below it.
 *
 * <p>Why: the credit line names the people behind the story, not its content (the metadata
 * extractor reads the authors from it). A wire story ends with its editing credit, so what
 * follows is the agency's footer: its standards note, "more from" lists and self-description.
 */
final class CreditLineRule implements FurnitureRule {
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?iu)[-–—\\s(]*(?:additional )?(?:reporting|writing|compiled|edited|editing)\\s+by\\s+"
              + "\\p{Lu}.*"
              // who else contributed: "The Associated Press contributed to this report.", "With files from …"
              + "|[-–—\\s(]*(?-i:\\p{Lu})[^.!?]{1,80}?\\s+contributed\\s+(?:reporting|to this (?:report|story|article))"
              + "(?:\\s+(?:from|in)\\s+[^.!?,;]{1,40})?[.)]*"
              // where the bylined reporters were: "Sultanova reported from Almaty, Kazakhstan.", "Doe reported from Kabul and Roe from Herat."
              + "|[-–—\\s(]*(?-i:\\p{Lu})[^.!?]{1,60}?\\s+reported\\s+from\\s+(?:the\\s+)?(?-i:\\p{Lu})[^.!?]{1,80}[.)]*"
              + "|[-–—\\s(]*with (?:files|additional reporting|reporting|material) from\\s+[^.!?,;]{2,60}[.)]*"
              // the same in the languages of the papers that run agency copy: "Mit Material von Agenturen.", "Avec AFP",
              // "Con información de agencias"
              + "|[-–—\\s(]*(?:mit\\s+(?:material|informationen)\\s+(?:von|der|aus)|avec\\s+(?:les\\s+)?(?:agences|afp|reuters|ap)\\b"
              + "|con\\s+informaci[oó]n\\s+de)[^.!?,;]{0,60}[.)]*"
              // who translated: "Translated by Jane Doe", "Interviews translated from Tajik by Jane Doe."
              + "|[-–—\\s(]*(?:(?-i:\\p{Lu})[\\p{L} ]{1,40}?\\s+)?translated\\s+(?:from\\s+(?-i:\\p{Lu})\\p{L}+(?:\\s+and\\s+(?-i:\\p{Lu})\\p{L}+)?\\s+)?"
              + "by\\s+(?-i:\\p{Lu})[^.!?]{1,60}[.)]*"
              // the agency's pointer to its page on the subject, set beside the credits: "Follow AP's coverage of Afghanistan at https://…"
              + "|[-–—\\s(]*(?:follow|find|read|see)\\s+(?:more\\s+(?:of\\s+)?)?(?-i:\\p{Lu})[^.!?]{0,40}?\\s+coverage\\s+(?:of|on)\\s+[^.!?]{1,80}?\\s+at\\s+\\S+");
  /** Where one credit sentence ends and the next begins: a full stop after a word, then a capital. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=\\p{L}{2}[.!?])\\s+(?=\\p{Lu})");
  private static final Pattern EDITOR = Pattern.compile("(?iu).*\\b(?:editing|edited) by\\b.*");
  private static final int MAX_WORDS = 40;

  @Override
  public DropReason reason() {
    return DropReason.CREDIT_LINE;
  }

  @Override
  public void apply(Page page) {
    boolean footer = false;
    for (int i = 0; i < page.size(); i++) {
      String line = page.line(i);
      if (footer) {
        page.drop(i, DropReason.FOOTER);
      } else if (isCredit(line)) {
        page.drop(i, reason());
        footer = EDITOR.matcher(line).matches();
      }
    }
  }

  static boolean isCredit(String line) {
    return TextShapes.atMostWords(line, MAX_WORDS)
        && SENTENCE_BREAK.splitAsStream(line).allMatch(sentence -> CREDIT.matcher(sentence).matches());
  }
}

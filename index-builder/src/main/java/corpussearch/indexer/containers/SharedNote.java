package corpussearch.indexer.containers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An article an app's "share" button put into a note: the notes app's header on top (the note's
 * title, which the user wrote, over "Created: …" / "Modified: …" / "Folder: …") and the news
 * app's footer under the text ("— Shared from the X app …"). The note's title is the user's, and
 * whatever follows the footer (the user's to-do list) is the user's; the footer itself stays, as
 * it names the publication.
 */
final class SharedNote {
  /** A notes app's field: the note's dates, folder, tags. */
  private static final Pattern NOTE_FIELD =
      Pattern.compile("(?i)^(?:created|modified|last modified|edited|folder|notebook|tags|saved(?: on)?)\\s*:\\s*\\S.*$");

  /** The note's own dates, which a clipper's header ("Clipped on:", "Tags:") does not have. */
  private static final Pattern NOTE_DATE = Pattern.compile("(?i)(?:created|modified|last modified|edited)\\s*:");

  /** A news app's footer on shared text: "Shared from the X app", "Shared via X app". */
  private static final Pattern SHARE_FOOTER =
      Pattern.compile("(?i)^[-–—\\s]*(?:shared|sent)\\s+(?:from|via|using|with)\\s+(?:the\\s+)?\\S.{0,60}?\\bapp\\b.*$");

  /** Any field's shape, a short label and a colon: "Clipped from: …". */
  private static final Pattern LABELLED = Pattern.compile("^[\\p{L} ]{1,20}:\\s.*$");

  /** The header is the note's first lines: its title and a few fields. */
  private static final int MAX_HEADER_LINES = 6;
  private static final int MIN_FIELDS = 2;

  private SharedNote() {}

  static List<String> unwrap(List<String> lines) {
    List<String> result = new ArrayList<>(lines);
    int headerEnd = blankHeader(result);
    for (int i = headerEnd; i < result.size(); i++) {
      if (SHARE_FOOTER.matcher(Lines.visible(result.get(i))).matches()) {
        return Lines.keepOnly(result, 0, i + 1);
      }
    }
    return result;
  }

  /**
   * Blanks a notes app's header: its fields, when they give the note's own dates ("Created:",
   * "Modified:"), and the note's title when that is the first line and no field itself ("Clipped
   * from: …" is a clipper's, and names the page). Returns the line after the header, or 0 when
   * the text starts with none.
   */
  private static int blankHeader(List<String> lines) {
    List<Integer> top = new ArrayList<>();
    for (int i = 0; i < lines.size() && top.size() < MAX_HEADER_LINES; i++) {
      if (!lines.get(i).isBlank()) {
        top.add(i);
      }
    }
    List<Integer> fields = top.stream().filter(i -> NOTE_FIELD.matcher(Lines.visible(lines.get(i))).matches()).toList();
    boolean consecutive = !fields.isEmpty() && top.indexOf(fields.getLast()) - top.indexOf(fields.getFirst()) == fields.size() - 1;
    boolean dated = fields.stream().anyMatch(i -> NOTE_DATE.matcher(Lines.visible(lines.get(i))).lookingAt());
    if (fields.size() < MIN_FIELDS || !consecutive || !dated) {
      return 0;
    }
    fields.forEach(i -> lines.set(i, ""));
    int first = top.getFirst();
    if (first < fields.getFirst() && top.indexOf(fields.getFirst()) == 1 && !LABELLED.matcher(lines.get(first).strip()).matches()) {
      lines.set(first, "");
    }
    return fields.getLast() + 1;
  }
}

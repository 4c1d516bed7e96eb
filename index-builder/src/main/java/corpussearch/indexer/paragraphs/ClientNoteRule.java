package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops a note addressed to those who send or take the copy rather than to its readers: a wire
 * service's advisory to editors ("ADVISORY: Editors are advised that … No story is planned.",
 * "EDITORS: …", "Note to editors: …"), what its picture or video desk offers its clients ("RGNA
 * photo service: pictures of the handover are available to subscribers under code FISH-1212", "Photo of
 * the skipper available on the member portal", "Clients can access the full dataset through the
 * client portal."), a transmission mark that more of the story is on its way ("MORE FOLLOWS -
 * editors note picture available, …"), and the rules for sending the paper something ("Letters to
 * the editor: 200 words max, include your name and settlement", "Letters must include your full
 * name and address"), and its call for a letter ("If you would like to submit a response … for
 * publication in our letters section, please email …").
 *
 * <p>Why: a wire feed and a paper's pages carry these beside the story; none is part of it. Each
 * shape needs its addressee (editors as a label, subscribers or clients or their portal as the ones
 * served, the letter writer told what to include) or is the wire's own mark in capitals: a story
 * that says editors met or pictures were published has neither, and is kept.
 */
final class ClientNoteRule extends PatternLineRule {
  private static final Pattern NOTE =
      Pattern.compile(
          "(?iu)(?:advisory|editors?|eds|note\\s+to\\s+(?:editors|eds|subscribers|clients)|attention\\s+(?:editors|news\\s+desks?)"
              + "|(?:editors?['’]?\\s+)?(?:media\\s+)?advisory|(?:service|news\\s+desk|desk)\\s+note)\\s*[:—–]\\s*\\S.*"
              // what a picture, video or graphics desk offers: "… pictures of the handover are available to subscribers under code …"
              + "|[^.!?]{0,60}\\b(?:pictures?|photos?|photographs?|images?|video|footage|graphics?|audio|sound)\\b[^.!?]{0,80}?"
              + "\\b(?:(?:is|are|will be|have been|has been)\\s+)?(?:available|moved|sent|transmitted|distributed)\\s+(?:to|for|on|via|from|in)\\s+"
              + "(?:our\\s+|the\\s+)?(?:subscribers|clients|customers|members|subscribing\\s+(?:media|newsrooms|outlets)"
              + "|(?:member|subscriber|client|customer)s?['’]?\\s+(?:portal|site|area|service|wire|feed|desk|pages?))\\b.*"
              // what the service's own clients find on its portal: "Clients can access incident maps … through the client portal."
              + "|(?![^.!?]*\\b(?:said|says|told|according)\\b)(?:our\\s+)?(?:clients|subscribers|members|customers)\\s+(?:can|may|will be able to)\\s+"
              + "(?:access|download|find|view|see|read|get)\\b[^.!?]{0,100}?\\b(?:through|via|on|in|from)\\s+(?:the\\s+|our\\s+)?[^.!?]{0,40}?"
              + "\\b(?:client|subscriber|member|customer)s?['’]?\\s+(?:portal|site|area|dashboard|platform)\\b.*"
              // a wire's transmission mark over what it sends next: "MORE FOLLOWS - editors note picture available, …", "MORE TO COME",
              // "MORE 1112 EPA GEN" (the time it was sent, the agency's and the desk's codes)
              + "|(?-i:MORE\\s+(?:FOLLOWS|TO\\s+(?:FOLLOW|COME))|MORE(?:\\s+\\d{3,4}(?:\\s+\\p{Lu}{2,6}){0,3})?)\\s*(?:[-—–:]\\s*\\S.*)?"
              // the call for letters: "Do you have an opinion on …? If you would like to submit a response of up to 300 words by
              // email to be considered for publication in our letters section, please email …"
              + "|(?:[^.!?]{0,100}[.!?]\\s+)?[^.!?]{0,60}?\\b(?:submit|send)\\s+(?:us\\s+)?(?:a\\s+)?(?:response|letter|reply)\\b[^.!?]{0,120}?"
              + "\\b(?:for\\s+publication|letters?\\s+(?:section|page)|to\\s+the\\s+editor)\\b.*"
              // the rules for letters: "Letters to the editor: 200 words max, include your name …"
              + "|(?:letters?(?:\\s+to\\s+the\\s+editor)?|submissions?|contributions?|your\\s+(?:letters|views|photos|stories))\\s*[:—–-]?\\s*"
              + "[^.!?]{0,80}?\\b(?:\\d{2,4}\\s+words?\\s+(?:max(?:imum)?|or\\s+(?:fewer|less)|at\\s+most|limit)|max(?:imum)?\\s+(?:of\\s+)?\\d{2,4}\\s+words"
              + "|(?:must|should)\\s+include\\s+(?:your|the\\s+writer['’]s)|include\\s+your\\s+(?:full\\s+)?(?:name|address|phone))\\b.*");
  private static final int MAX_WORDS = 50;

  ClientNoteRule() {
    super(NOTE, MAX_WORDS);
  }

  @Override
  public DropReason reason() {
    return DropReason.PRODUCTION_NOTE;
  }
}

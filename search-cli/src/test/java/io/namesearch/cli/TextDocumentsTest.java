package io.namesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.namesearch.search.Document;
import org.junit.jupiter.api.Test;

/** The first non-blank line is the title, unless it is a dateline. */
class TextDocumentsTest {

  @Test
  void aDatelineIsNotTheTitleButStaysInTheBody() {
    Document d =
        TextDocuments.parse(
                "1",
                " date 2022-10-03 By Chris King • 03 October 2022 • 20:17\n\n"
                    + "A Russian councillor was called up.\n\nMore text.\n")
            .build();
    assertEquals("A Russian councillor was called up.", d.title());
    assertTrue(d.body().startsWith(" date 2022-10-03 By Chris King"), d.body());
    assertTrue(d.body().contains("More text."), d.body());
    assertEquals(
        "Deputy", TextDocuments.parse("2", "3 October 2022\nDeputy\nBody").build().title());
    assertEquals("Title", TextDocuments.parse("4", "\n# Title\nBody 2022-10-03").build().title());
    assertEquals(
        "2022 in review", TextDocuments.parse("5", "2022 in review\nBody").build().title());
  }
}

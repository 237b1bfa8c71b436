package org.responseplan.imports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  @Test
  void quotedFieldsDoubledQuotesAndLineBreaksInsideQuotes() throws IOException {
    String csv = "a,\"b, with comma\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,last\n";
    try (CsvReader r = CsvReader.of(csv)) {
      assertEquals(List.of("a", "b, with comma", "say \"hi\""), r.next());
      assertEquals(1, r.line());
      assertEquals(List.of("two\nlines", "", "last"), r.next());
      assertEquals(2, r.line());
      assertNull(r.next());
    }
  }

  @Test
  void aLastLineWithoutLineBreakAndAnEmptyLine() throws IOException {
    try (CsvReader r = CsvReader.of("x,y\n\nz")) {
      assertEquals(List.of("x", "y"), r.next());
      assertEquals(List.of(""), r.next());
      assertEquals(List.of("z"), r.next());
      assertEquals(3, r.line());
      assertNull(r.next());
    }
  }

  @Test
  void utf8WithAndWithoutByteOrderMarkAndLatin1() throws IOException {
    byte[] utf8 = "Panamá,Chocó\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of(List.of("Panamá", "Chocó")), CsvReader.readAll(utf8));
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    assertEquals(List.of(List.of("Panamá", "Chocó")), CsvReader.readAll(bom));
    byte[] latin1 = "Panamá,Chocó\n".getBytes(StandardCharsets.ISO_8859_1);
    try (CsvReader r = CsvReader.open(new ByteArrayInputStream(latin1))) {
      assertEquals(StandardCharsets.ISO_8859_1, r.charset());
      assertEquals(List.of("Panamá", "Chocó"), r.next());
    }
  }

  @Test
  void anUnclosedQuoteIsAnErrorNamingTheLine() {
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> {
      try (CsvReader r = CsvReader.of("ok\n\"never closed,\n")) {
        r.next();
        r.next();
      }
    });
    assertEquals("a quoted field that starts on line 2 is not closed", e.getMessage());
  }
}

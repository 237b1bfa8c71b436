package org.responseplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void progressPassesEveryByteThroughAndEndsAtAHundredPercent() throws IOException {
    byte[] data = new byte[3 << 20];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) i;
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (Inputs.Progress in = new Inputs.Progress(new ByteArrayInputStream(data), data.length, "big.json",
        new PrintStream(err, true, StandardCharsets.UTF_8))) {
      assertArrayEquals(data, in.readAllBytes());
    }
    String shown = err.toString(StandardCharsets.UTF_8);
    assertTrue(shown.startsWith("\rreading big.json ["), shown);
    assertTrue(shown.endsWith("[####################] 100% of 3 MB" + System.lineSeparator()), shown);
  }
}

package org.responseplan.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.responseplan.spark.example.LocalExample;

/** The local example runs, in the tests' shared session, and prints the figures the plan-import reader gives. */
class LocalExampleTest {
  @Test
  void runs() {
    SparkSessions.local();
    PrintStream out = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      LocalExample.main(new String[0]);
    } finally {
      System.setOut(out);
    }
    String text = buffer.toString(StandardCharsets.UTF_8);
    out.print(text);
    assertTrue(text.contains("sector,country,reached,total_monthly_beneficiaries"), text);
    assertTrue(text.contains("registered: [rp_reached"), text);
    assertTrue(text.contains("intersectoral reached: 260"), text);
    assertTrue(text.contains("intersectoral_reached"), text);
  }
}

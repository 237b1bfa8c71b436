package org.responseplan.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.IndicatorTable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * An {@link IndicatorTable} as JSON: an array of row objects whose members are the table's columns, in column order.
 * Numbers are exact (plain decimals, never exponents); a missing figure is {@code null}.
 */
public final class IndicatorTableJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private IndicatorTableJson() {}

  /**
   * The table as JSON text, the same as {@link #write(IndicatorTable, OutputStream)} writes.
   *
   * @param table the table
   * @return a JSON array of row objects, one per line, ending in a line break; {@code []} and a line break for a table
   *     without rows
   */
  public static String toJson(IndicatorTable table) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(table, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the table as UTF-8 JSON, one row object per line, and a final line break; {@code out} stays open.
   *
   * @param table the table
   * @param out where to write
   * @throws java.io.UncheckedIOException when writing to {@code out} fails
   */
  public static void write(IndicatorTable table, OutputStream out) {
    List<String> columns = table.columns();
    try {
      out.write('[');
      boolean first = true;
      for (List<@Nullable Object> row : table.rows()) {
        out.write(first ? "\n".getBytes(StandardCharsets.UTF_8) : ",\n".getBytes(StandardCharsets.UTF_8));
        first = false;
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
          g.writeStartObject();
          for (int i = 0; i < columns.size(); i++) {
            g.writeName(columns.get(i));
            cell(g, row.get(i));
          }
          g.writeEndObject();
        }
      }
      out.write((first ? "]\n" : "\n]\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void cell(JsonGenerator g, @Nullable Object v) {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d.toPlainString());
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Integer n) {
      g.writeNumber(n);
    } else {
      g.writeString(v.toString());
    }
  }
}

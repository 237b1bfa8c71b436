package org.responseplan.cli;

import java.util.concurrent.Callable;
import org.responseplan.io.json.PlanJson;
import picocli.CommandLine.Command;

/** {@code responseplan schema}: the JSON Schema (draft 2020-12) of the plan format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema (draft 2020-12) of the plan format. It checks structure; cross-field rules"
        + " need 'responseplan validate'.")
final class SchemaCommand implements Callable<Integer> {
  private final Main.Streams io;

  SchemaCommand(Main.Streams io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    io.out().print(PlanJson.schema());
    io.out().flush();
    return Main.OK;
  }
}

package dev.mycrash.collect.sql;

import dev.mycrash.collect.pipeline.CollectContext;
import dev.mycrash.collect.pipeline.Collector;
import dev.mycrash.collect.pipeline.Item;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * When the (restarted, or hung but still answering) server answers: {@code sql/version.txt}
 * ({@code SELECT VERSION()}), {@code sql/global-variables.tsv} ({@code SHOW GLOBAL VARIABLES}),
 * {@code sql/innodb-status.txt} ({@code SHOW ENGINE INNODB STATUS}: its SEMAPHORES section names
 * the latches a hung server waits for and their holders), {@code sql/processlist.tsv}
 * ({@code SHOW FULL PROCESSLIST}) and {@code sql/show-create-table.sql} for every table the
 * crashing query names, in every schema that has one. When it does not answer, one skipped step
 * says where it looked and why.
 */
public final class SqlCollector implements Collector {
  private final ServerAddress address;

  public SqlCollector(ServerAddress address) {
    this.address = address;
  }

  @Override
  public String name() {
    return "sql";
  }

  @Override
  public List<Item> declare(CollectContext ctx) {
    try (Connection c = connect()) {
      c.isValid(3);
    } catch (SQLException e) {
      return List.of(Item.skipped("sql", "no server reachable at " + address.describe() + " (" + firstLine(e) + ")"));
    }
    List<String> tables = QueryTables.of(ctx.facts().query());
    List<Item> items = new ArrayList<>();
    items.add(Item.generated("sql:version", "sql/version.txt", () -> query("SELECT VERSION()", false)));
    items.add(Item.generated("sql:global-variables", "sql/global-variables.tsv", () -> query("SHOW GLOBAL VARIABLES", true)));
    items.add(Item.generated("sql:innodb-status", "sql/innodb-status.txt", this::innodbStatus));
    items.add(Item.generated("sql:processlist", "sql/processlist.tsv", () -> query("SHOW FULL PROCESSLIST", true)));
    items.add(tables.isEmpty()
        ? Item.skipped("sql:show-create-table", ctx.facts().query() == null ? "the crash report has no query" : "the query names no table")
        : Item.generated("sql:show-create-table", "sql/show-create-table.sql", () -> showCreate(tables)));
    return items;
  }

  private Connection connect() throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", address.user());
    if (address.password() != null) {
      p.setProperty("password", address.password());
    }
    return DriverManager.getConnection(address.url(), p);
  }

  private byte[] query(String sql, boolean tsv) throws SQLException {
    StringBuilder b = new StringBuilder();
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      int cols = r.getMetaData().getColumnCount();
      while (r.next()) {
        for (int i = 1; i <= cols; i++) {
          b.append(i > 1 ? "\t" : "").append(r.getString(i));
        }
        b.append('\n');
      }
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The Status column of SHOW ENGINE INNODB STATUS, as the server prints it (many lines). */
  private byte[] innodbStatus() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW ENGINE INNODB STATUS")) {
      String status = r.next() ? r.getString("Status") : "";
      return (status == null ? "" : status).getBytes(StandardCharsets.UTF_8);
    }
  }

  private byte[] showCreate(List<String> tables) throws SQLException {
    StringBuilder b = new StringBuilder();
    try (Connection c = connect();
        PreparedStatement find = c.prepareStatement(
            "SELECT table_schema, table_name FROM information_schema.tables WHERE table_name = ? AND (? IS NULL OR table_schema = ?)")) {
      for (String t : tables) {
        String schema = t.contains(".") ? t.substring(0, t.indexOf('.')) : null;
        String name = t.substring(t.indexOf('.') + 1);
        find.setString(1, name);
        find.setString(2, schema);
        find.setString(3, schema);
        try (ResultSet r = find.executeQuery()) {
          boolean any = false;
          while (r.next()) {
            any = true;
            b.append(showCreate(c, r.getString(1), r.getString(2)));
          }
          if (!any) {
            b.append("-- ").append(t).append(": no such table on the server now\n\n");
          }
        }
      }
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String showCreate(Connection c, String schema, String table) throws SQLException {
    String q = "SHOW CREATE TABLE `" + schema.replace("`", "``") + "`.`" + table.replace("`", "``") + "`";
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(q)) {
      return r.next() ? "-- " + schema + "." + table + "\n" + r.getString(2) + ";\n\n" : "";
    }
  }

  private static String firstLine(SQLException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}

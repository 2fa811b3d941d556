package dev.mycrash.collect.sql;

import dev.mycrash.collect.options.OptionFiles;
import java.util.Map;
import java.util.Set;

/**
 * Where and as whom to connect: {@code --host}/{@code --port} or a unix socket; user and password
 * from the client groups of the option files ({@code [client]}, {@code [client-server]},
 * {@code [client-mariadb]}), as the mysql client would take them. The password never comes from
 * mycrash's own command line.
 *
 * @param host TCP host, or null for the socket
 * @param port TCP port
 * @param socket unix socket path, or null
 * @param user user name
 * @param password password, or null
 */
public record ServerAddress(String host, int port, String socket, String user, String password) {
  private static final Set<String> CLIENT_GROUPS = Set.of("client", "client-server", "client-mariadb");

  /** From the flags (any may be null) and the option files; {@code serverSocket} is the server's own setting. */
  public static ServerAddress of(String host, Integer port, String socket, String user, OptionFiles files, String serverSocket) {
    Map<String, String> c = files.effective(CLIENT_GROUPS);
    String sock = socket != null ? socket : c.getOrDefault("socket", serverSocket != null ? serverSocket : "/run/mysqld/mysqld.sock");
    String h = host != null ? host : c.get("host");
    if ("localhost".equals(h)) {
      h = null; // as the mysql client: localhost means the socket
    }
    int p = port != null ? port : Integer.parseInt(c.getOrDefault("port", "3306"));
    String u = user != null ? user : c.getOrDefault("user", System.getProperty("user.name", "root"));
    return new ServerAddress(h, p, sock, u, c.get("password"));
  }

  /** The JDBC URL; timeouts are short: a hung server must not hold the collection. */
  public String url() {
    String timeouts = "connectTimeout=3000&socketTimeout=15000";
    return host != null ? "jdbc:mariadb://" + host + ":" + port + "/?" + timeouts
        : "jdbc:mariadb://localhost/?localSocket=" + socket + "&" + timeouts;
  }

  /** For messages: "socket /run/mysqld/mysqld.sock" or "host db1:3306". */
  public String describe() {
    return host != null ? "host " + host + ":" + port : "socket " + socket;
  }
}

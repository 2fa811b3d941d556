package dev.mycrash.symbols.msvc;

import java.util.HashMap;
import java.util.Map;

/** The special names after {@code ??}: operators and compiler-generated functions and tables. */
final class MsvcOperators {
  private static final Map<String, String> NAMES = new HashMap<>();

  static {
    String[][] table = {
      {"2", "operator new"}, {"3", "operator delete"}, {"4", "operator="}, {"5", "operator>>"},
      {"6", "operator<<"}, {"7", "operator!"}, {"8", "operator=="}, {"9", "operator!="},
      {"A", "operator[]"}, {"C", "operator->"}, {"D", "operator*"}, {"E", "operator++"},
      {"F", "operator--"}, {"G", "operator-"}, {"H", "operator+"}, {"I", "operator&"},
      {"J", "operator->*"}, {"K", "operator/"}, {"L", "operator%"}, {"M", "operator<"},
      {"N", "operator<="}, {"O", "operator>"}, {"P", "operator>="}, {"Q", "operator,"},
      {"R", "operator()"}, {"S", "operator~"}, {"T", "operator^"}, {"U", "operator|"},
      {"V", "operator&&"}, {"W", "operator||"}, {"X", "operator*="}, {"Y", "operator+="},
      {"Z", "operator-="}, {"_0", "operator/="}, {"_1", "operator%="}, {"_2", "operator>>="},
      {"_3", "operator<<="}, {"_4", "operator&="}, {"_5", "operator|="}, {"_6", "operator^="},
      {"_7", "`vftable'"}, {"_8", "`vbtable'"}, {"_9", "`vcall'"}, {"_A", "`typeof'"},
      {"_B", "`local static guard'"}, {"_D", "`vbase destructor'"},
      {"_E", "`vector deleting destructor'"}, {"_F", "`default constructor closure'"},
      {"_G", "`scalar deleting destructor'"}, {"_H", "`vector constructor iterator'"},
      {"_I", "`vector destructor iterator'"}, {"_J", "`vector vbase constructor iterator'"},
      {"_K", "`virtual displacement map'"}, {"_L", "`eh vector constructor iterator'"},
      {"_M", "`eh vector destructor iterator'"}, {"_N", "`eh vector vbase constructor iterator'"},
      {"_O", "`copy constructor closure'"}, {"_S", "`local vftable'"},
      {"_T", "`local vftable constructor closure'"}, {"_U", "operator new[]"},
      {"_V", "operator delete[]"}, {"_X", "`placement delete closure'"},
      {"_Y", "`placement delete[] closure'"},
    };
    for (String[] row : table) {
      NAMES.put(row[0], row[1]);
    }
  }

  private MsvcOperators() {}

  /** The name for a code after {@code ??}, or null. */
  static String of(String code) {
    return NAMES.get(code);
  }
}

package dev.mycrash.symbols.itanium;

import java.util.EnumMap;
import java.util.Map;

/** The words c++filt puts before a special name ({@code vtable for JOIN}). */
final class SpecialPrefix {
  private static final Map<Kind, String> PREFIX = new EnumMap<>(Kind.class);

  static {
    PREFIX.put(Kind.TPARM_OBJ, "template parameter object for ");
    PREFIX.put(Kind.MODULE_INIT, "initializer for module ");
    PREFIX.put(Kind.VTABLE, "vtable for ");
    PREFIX.put(Kind.VTT, "VTT for ");
    PREFIX.put(Kind.TYPEINFO, "typeinfo for ");
    PREFIX.put(Kind.TYPEINFO_NAME, "typeinfo name for ");
    PREFIX.put(Kind.TYPEINFO_FN, "typeinfo fn for ");
    PREFIX.put(Kind.THUNK, "non-virtual thunk to ");
    PREFIX.put(Kind.VIRTUAL_THUNK, "virtual thunk to ");
    PREFIX.put(Kind.COVARIANT_THUNK, "covariant return thunk to ");
    PREFIX.put(Kind.JAVA_CLASS, "java Class for ");
    PREFIX.put(Kind.GUARD, "guard variable for ");
    PREFIX.put(Kind.TLS_INIT, "TLS init function for ");
    PREFIX.put(Kind.TLS_WRAPPER, "TLS wrapper function for ");
    PREFIX.put(Kind.HIDDEN_ALIAS, "hidden alias for ");
    PREFIX.put(Kind.TRANSACTION_CLONE, "transaction clone for ");
    PREFIX.put(Kind.NONTRANSACTION_CLONE, "non-transaction clone for ");
    PREFIX.put(Kind.GLOBAL_CONSTRUCTORS, "global constructors keyed to ");
    PREFIX.put(Kind.GLOBAL_DESTRUCTORS, "global destructors keyed to ");
  }

  private SpecialPrefix() {}

  static String of(Kind k) {
    return PREFIX.get(k);
  }
}

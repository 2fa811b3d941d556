package dev.mycrash.symbols.itanium;

/** The kinds of node in a demangled-name tree, one per grammar construct of the Itanium C++ ABI. */
enum Kind {
  NAME, QUAL_NAME, LOCAL_NAME, TYPED_NAME, TAGGED_NAME, TEMPLATE, TEMPLATE_PARAM, FUNCTION_PARAM,
  CTOR, DTOR, VTABLE, VTT, CONSTRUCTION_VTABLE, TYPEINFO, TYPEINFO_NAME, TYPEINFO_FN, THUNK,
  VIRTUAL_THUNK, COVARIANT_THUNK, JAVA_CLASS, GUARD, TLS_INIT, TLS_WRAPPER, REFTEMP, HIDDEN_ALIAS,
  SUB_STD, RESTRICT, VOLATILE, CONST, RESTRICT_THIS, VOLATILE_THIS, CONST_THIS, REFERENCE_THIS,
  RVALUE_REFERENCE_THIS, TRANSACTION_SAFE, NOEXCEPT, THROW_SPEC, VENDOR_TYPE_QUAL, POINTER,
  REFERENCE, RVALUE_REFERENCE, COMPLEX, IMAGINARY, BUILTIN_TYPE, EXTENDED_BUILTIN_TYPE, VENDOR_TYPE,
  FUNCTION_TYPE, ARRAY_TYPE, PTRMEM_TYPE, VECTOR_TYPE, ARGLIST, TEMPLATE_ARGLIST, TPARM_OBJ,
  INITIALIZER_LIST, OPERATOR, EXTENDED_OPERATOR, CAST, CONVERSION, NULLARY, UNARY, BINARY,
  BINARY_ARGS, TRINARY, TRINARY_ARG1, TRINARY_ARG2, LITERAL, LITERAL_NEG, JAVA_RESOURCE,
  COMPOUND_NAME, CHARACTER, NUMBER, DECLTYPE, GLOBAL_CONSTRUCTORS, GLOBAL_DESTRUCTORS, LAMBDA,
  DEFAULT_ARG, UNNAMED_TYPE, TRANSACTION_CLONE, NONTRANSACTION_CLONE, PACK_EXPANSION, CLONE,
  STRUCTURED_BINDING, MODULE_NAME, MODULE_PARTITION, MODULE_ENTITY, MODULE_INIT, VENDOR_EXPR;

  /** Function-type qualifiers: they apply to {@code this} or to the function type itself. */
  boolean isFunctionQualifier() {
    switch (this) {
      case RESTRICT_THIS: case VOLATILE_THIS: case CONST_THIS: case REFERENCE_THIS:
      case RVALUE_REFERENCE_THIS: case TRANSACTION_SAFE: case NOEXCEPT: case THROW_SPEC:
        return true;
      default:
        return false;
    }
  }

  /** Plain cv-qualifiers of a type. */
  boolean isCv() {
    return this == RESTRICT || this == VOLATILE || this == CONST;
  }

  /** Whether a binary node of this kind is valid with the given children (else parsing fails). */
  boolean accepts(Node left, Node right) {
    switch (this) {
      case QUAL_NAME: case LOCAL_NAME: case TYPED_NAME: case TAGGED_NAME: case TEMPLATE:
      case CONSTRUCTION_VTABLE: case VENDOR_TYPE_QUAL: case PTRMEM_TYPE: case UNARY: case BINARY:
      case BINARY_ARGS: case TRINARY: case TRINARY_ARG1: case LITERAL: case LITERAL_NEG:
      case COMPOUND_NAME: case VECTOR_TYPE: case CLONE: case MODULE_ENTITY: case VENDOR_EXPR:
        return left != null && right != null;
      case ARRAY_TYPE: case INITIALIZER_LIST: case MODULE_NAME: case MODULE_PARTITION:
        return right != null;
      case FUNCTION_TYPE: case RESTRICT: case VOLATILE: case CONST: case ARGLIST:
      case TEMPLATE_ARGLIST:
        return true;
      default:
        return isFunctionQualifier() || left != null;
    }
  }
}

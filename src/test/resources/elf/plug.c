/* A "plugin" that crasher.c dlopen()s and that faults: SIGSEGV reading address 0x10. */
int plug_crash(int n) {
  volatile int *nowhere = (volatile int *)0x10;
  return *nowhere + n;
}

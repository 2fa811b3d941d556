/* Loads the library named by argv[1] with dlopen() (so ldd cannot know it) and calls its
 * plug_crash(), which faults: a tiny stand-in for mysqld crashing inside a dlopen'ed plugin. */
#include <dlfcn.h>
#include <stdio.h>

int main(int argc, char **argv) {
  void *plugin = dlopen(argv[1], RTLD_NOW);
  if (plugin == NULL) {
    fprintf(stderr, "%s\n", dlerror());
    return 2;
  }
  int (*crash)(int) = (int (*)(int))dlsym(plugin, "plug_crash");
  return crash(argc);
}

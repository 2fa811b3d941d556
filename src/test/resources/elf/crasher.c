/* Loads the library named by argv[1] with dlopen() (so ldd cannot know it), maps the data file
 * named by argv[2] if given (as a server maps a redo log), and calls the library's plug_crash(),
 * which faults: a tiny stand-in for mysqld crashing inside a dlopen'ed plugin. */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>

int main(int argc, char **argv) {
  void *plugin = dlopen(argv[1], RTLD_NOW);
  if (plugin == NULL) {
    fprintf(stderr, "%s\n", dlerror());
    return 2;
  }
  if (argc > 2) {
    int fd = open(argv[2], O_RDONLY);
    if (fd < 0 || mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0) == MAP_FAILED) {
      perror(argv[2]);
      return 2;
    }
  }
  int (*crash)(int) = (int (*)(int))dlsym(plugin, "plug_crash");
  return crash(argc);
}

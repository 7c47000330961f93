# Compiler launcher, warnings and sanitizer helpers shared by every project target.

# ccache speeds up rebuilds a lot; use it whenever it is there and nobody chose otherwise.
find_program(ACKADEMY_CCACHE ccache)
if(ACKADEMY_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${ACKADEMY_CCACHE}" CACHE STRING "" FORCE)
endif()

# Warnings for project code only; third-party headers come in as SYSTEM includes.
#  -Wshadow, -Woverloaded-virtual, -Wnon-virtual-dtor: class-hierarchy and scoping slips.
#  -Wimplicit-fallthrough: the state machine is full of switches; every fall-through is deliberate.
#  -Wnull-dereference, -Wcast-align, -Wformat=2: memory and printf-style mistakes in wire code.
#  -Wold-style-cast (core only): casts in the wire codec must say which cast they are.
#  -Wduplicated-cond, -Wduplicated-branches, -Wlogical-op (GCC): copy-paste errors in rule tables.
set(ACKADEMY_WARNINGS
  -Wall -Wextra -Wpedantic
  -Wshadow -Woverloaded-virtual -Wnon-virtual-dtor
  -Wimplicit-fallthrough -Wnull-dereference -Wcast-align -Wformat=2
  -Wmissing-declarations
  # Designated initializers rely on default member initializers; GCC would flag every omitted field.
  -Wno-missing-field-initializers)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  list(APPEND ACKADEMY_WARNINGS -Wduplicated-cond -Wduplicated-branches -Wlogical-op)
endif()

function(ackademy_set_warnings target)
  target_compile_options(${target} PRIVATE ${ACKADEMY_WARNINGS})
  if(ACKADEMY_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# Stricter set for the Qt-free core.
function(ackademy_set_core_warnings target)
  ackademy_set_warnings(${target})
  target_compile_options(${target} PRIVATE -Wold-style-cast)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wuseless-cast) # GCC only; clang has no such warning
  endif()
endfunction()

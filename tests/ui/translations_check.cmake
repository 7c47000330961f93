# The translations completeness test (issue 7), run by CTest in script mode:
#
#   cmake -DLUPDATE_PROJECT=<build>/ui/.lupdate/ackademy_ui_project.cmake -DLUPDATE=<lupdate>
#         -DGENERATOR=<Qt6LinguistTools>/GenerateLUpdateProject.cmake -DTS_CHECK=<ts_check>
#         -DWORK_DIR=<scratch folder> -P translations_check.cmake
#
# It runs lupdate exactly as `cmake --build … --target update_translations` does (the same
# lupdate project that qt_add_translations wrote: the same SOURCES, INCLUDE_DIRECTORIES and
# options), but on copies of the .ts files, so the committed files are never touched. ts_check
# then compares each copy with its committed file: a tr() string that is new in the sources, an
# entry that vanished from them, or an unfinished or empty translation fails the test, and each
# one is listed with its context and source text.
foreach(var LUPDATE_PROJECT LUPDATE GENERATOR TS_CHECK WORK_DIR)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "translations_check.cmake: -D${var}=… is required")
  endif()
endforeach()
if(NOT EXISTS "${LUPDATE_PROJECT}")
  message(FATAL_ERROR "no lupdate project at ${LUPDATE_PROJECT}: configure the build first")
endif()

include("${LUPDATE_PROJECT}") # lupdate_sources, lupdate_include_paths, lupdate_translations

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies "")
set(pairs "")
foreach(ts IN LISTS lupdate_translations)
  get_filename_component(name "${ts}" NAME)
  file(COPY "${ts}" DESTINATION "${WORK_DIR}")
  list(APPEND copies "${WORK_DIR}/${name}")
  list(APPEND pairs "${ts}" "${WORK_DIR}/${name}")
endforeach()

# The same project, writing into the copies.
file(WRITE "${WORK_DIR}/project.cmake"
  "include(\"${LUPDATE_PROJECT}\")\nset(lupdate_translations \"${copies}\")\n")
execute_process(
  COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${WORK_DIR}/project.cmake" "-DOUT_FILE=${WORK_DIR}/project.json"
          -P "${GENERATOR}"
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "could not write the lupdate project (${rc})")
endif()

# -locations relative: the option ui/CMakeLists.txt gives qt_add_translations.
execute_process(
  COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" -locations relative
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 300)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
endif()
message(STATUS "lupdate:\n${out}")

execute_process(COMMAND "${TS_CHECK}" ${pairs} RESULT_VARIABLE rc)
if(rc EQUAL 1)
  message(FATAL_ERROR "the translations are incomplete or out of step with the sources (listed above); "
                      "run `cmake --build <build> --target update_translations`, then translate in Qt Linguist")
elseif(NOT rc EQUAL 0)
  message(FATAL_ERROR "ts_check failed (${rc})")
endif()

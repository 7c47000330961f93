# ts_check must find what it is there to find: fixtures with one problem of each kind
# (tests/ui/data/ts_check), and the exact report expected for them.
#   cmake -DTS_CHECK=<ts_check> -DDATA=<tests/ui/data/ts_check> -P ts_check_selftest.cmake
execute_process(
  COMMAND "${TS_CHECK}" "${DATA}/committed/ackademy_de.ts" "${DATA}/updated/ackademy_de.ts"
          "${DATA}/committed/ackademy_en.ts" "${DATA}/updated/ackademy_en.ts"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(READ "${DATA}/expected.txt" expected)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "ts_check exited with ${rc}, expected 1 (problems found)\n${out}${err}")
endif()
if(NOT out STREQUAL expected)
  message(FATAL_ERROR "ts_check reported:\n${out}\nexpected:\n${expected}")
endif()
# A complete file in step with the sources passes.
execute_process(
  COMMAND "${TS_CHECK}" "${DATA}/complete/ackademy_fr.ts" "${DATA}/complete/ackademy_fr.ts"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "ackademy_fr.ts: complete, 2 messages\n")
  message(FATAL_ERROR "ts_check refused a complete file (${rc}):\n${out}${err}")
endif()

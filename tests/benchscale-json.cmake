# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lagebild-bench-scale on a few articles and checks that its last line is one JSON object
# with every figure issue 13 asks for. It checks that the benchmark works, never how fast.
#   cmake -DBENCH=... -DDATA=... -DWORK_DIR=... -P benchscale-json.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${BENCH}" 200 --keep "${WORK_DIR}" --data "${DATA}"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
message("${out}")
if(rc EQUAL 77)
    message("SKIPPED: ${out}") # the shared corpora are not on this machine
    return()
endif()
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lagebild-bench-scale failed (${rc}): ${err}")
endif()
string(STRIP "${out}" out)
string(REGEX MATCH "[^\n]*$" last "${out}")
foreach(key articles import_articles_per_s analysis_mb_per_s_per_core start_ms filter_p95_ms search_p95_ms
        open_article_ms timeline_ms network_ms peak_memory_mb db_bytes text_bytes)
    string(JSON value ERROR_VARIABLE missing GET "${last}" ${key})
    if(missing)
        message(FATAL_ERROR "the last line has no \"${key}\": ${last}")
    endif()
endforeach()
string(JSON articles GET "${last}" articles)
if(NOT articles EQUAL 200)
    message(FATAL_ERROR "articles is ${articles}, not 200")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")

# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a user-visible string in the sources has no German translation: runs lupdate over
# the sources into a copy of translations/lagebild_de.ts and counts what lrelease finds unfinished.
# Fix with `cmake --build build --target update_translations` and translating the new entries.
file(GLOB_RECURSE sources
    ${SOURCE_DIR}/src/gui/*.cpp ${SOURCE_DIR}/src/gui/*.h ${SOURCE_DIR}/src/models/*.cpp ${SOURCE_DIR}/src/models/*.h ${SOURCE_DIR}/src/core/dateformat.cpp ${SOURCE_DIR}/src/core/entitytypes.cpp ${SOURCE_DIR}/src/core/relationtypes.cpp
    ${SOURCE_DIR}/src/store/edithistory.cpp
    ${SOURCE_DIR}/src/app/main.cpp ${SOURCE_DIR}/src/services/timeleft.cpp
    ${SOURCE_DIR}/src/render/*.cpp ${SOURCE_DIR}/src/timeline/*.cpp ${SOURCE_DIR}/ui/*.ui)
file(MAKE_DIRECTORY ${WORK_DIR})
configure_file(${SOURCE_DIR}/translations/lagebild_de.ts ${WORK_DIR}/lagebild_de.ts COPYONLY)
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none -I ${SOURCE_DIR}/src ${sources}
    -ts ${WORK_DIR}/lagebild_de.ts
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${status}")
endif()
execute_process(COMMAND ${LRELEASE} ${WORK_DIR}/lagebild_de.ts -qm ${WORK_DIR}/lagebild_de.qm
    OUTPUT_VARIABLE output RESULT_VARIABLE status)
message(STATUS "${output}")
string(REGEX MATCH "([0-9]+) unfinished" unfinished "${output}")
set(open_count "${CMAKE_MATCH_1}")
# lrelease counts empty translations apart: "Ignored N untranslated source text(s)".
string(REGEX MATCH "Ignored ([0-9]+) untranslated" untranslated "${output}")
if(untranslated)
    math(EXPR open_count "${open_count} + ${CMAKE_MATCH_1}")
endif()
if(NOT status EQUAL 0 OR NOT unfinished OR NOT open_count EQUAL 0)
    message(FATAL_ERROR "German translation incomplete (${open_count} strings): ${output}")
endif()

# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 10: the shipped name tagger weights are what the documented command (docs/analysis.md,
# "lagebild-nertrain") writes. Any change to a word list or feature the tagger reads changes the
# weights, so this fails until the model is retrained with that command and the new bytes committed.
#   cmake -DNERTRAIN=... -DDATA=... -DSOURCE=... -DWORK_DIR=... -P nermodel-reproducible.cmake
set(germeval "${DATA}/germeval2014-dev/NER-de-dev.tsv")
set(smartdata "${DATA}/smartdata-de/train.jsonl")
if(NOT EXISTS "${germeval}" OR NOT EXISTS "${smartdata}")
    message("SKIPPED: the shared corpora are not on this machine")
    return()
endif()
file(MAKE_DIRECTORY "${WORK_DIR}")
set(model "${WORK_DIR}/ner-model.bin")
execute_process(COMMAND "${NERTRAIN}" --germeval "${germeval}" --holdout 0 --smartdata "${smartdata}"
    --gold "${SOURCE}/tests/data/gold" --epochs 6 --seed 2014 --min-weight 0.05 --out "${model}"
    OUTPUT_QUIET ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lagebild-nertrain failed (${rc}): ${err}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${model}" "${SOURCE}/resources/analysis/ner-model.bin"
    RESULT_VARIABLE differ)
if(differ)
    file(SIZE "${model}" size)
    message(FATAL_ERROR "the documented command gives other weights (${size} bytes, ${model}): retrain, "
        "copy them to resources/analysis/ner-model.bin and re-measure (docs/analysis.md)")
endif()
file(REMOVE "${model}")

#!/bin/sh
# Fuzzes the case decoder and the template loader with libFuzzer through swiftc.
#   fuzz/run.sh [SECONDS]        (default 60; 0 builds only)
# Builds .build/fuzz/casework-fuzz from fuzz/FuzzEntry.swift and the CaseworkCore sources the two
# decoders need, then runs it over a scratch copy of fuzz/corpus (the committed corpus is only read).
# Crashes land in fuzz/crashes/; copy each into the replay test's folder (it replays all of fuzz/crashes
# and fuzz/corpus as ordinary tests in FuzzCorpusReplayTests).
set -eu
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${1:-60}"
OUT=.build/fuzz
mkdir -p "$OUT" fuzz/crashes
CORE=Sources/CaseworkCore
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name CaseworkFuzz \
    fuzz/FuzzEntry.swift \
    $CORE/Store/CaseDecoding.swift $CORE/Store/CaseMigration.swift $CORE/Store/CaseCodec.swift $CORE/CaseworkError.swift \
    $CORE/Case/*.swift $CORE/Retention/LegalHold.swift \
    $CORE/ShareDecisions/ShareDecision.swift $CORE/ShareDecisions/ShareMethod.swift $CORE/ShareDecisions/EntryChoice.swift $CORE/Openness/*.swift \
    $CORE/Identities/NameConfirmation.swift $CORE/Identities/PersonInCase.swift $CORE/Identities/CasePeople.swift \
    $CORE/Settings/AuthoritySettings.swift $CORE/ShareDecisions/SharingBases.swift $CORE/ShareDecisions/LawfulBasis.swift \
    $CORE/ShareDecisions/SpecialCategoryCondition.swift $CORE/ShareDecisions/AssessmentScope.swift $CORE/Values/*.swift $CORE/Template/*.swift $CORE/Text/*.swift \
    -o "$OUT/casework-fuzz"
[ "$SECONDS_TO_RUN" = 0 ] && exit 0
rm -rf "$OUT/corpus" && mkdir -p "$OUT/corpus"
cp fuzz/corpus/case/* fuzz/corpus/template/* fuzz/corpus/found/* "$OUT/corpus/"
"$OUT/casework-fuzz" -max_total_time="$SECONDS_TO_RUN" -max_len=200000 -rss_limit_mb=2048 \
    -artifact_prefix=fuzz/crashes/ -dict=fuzz/json.dict "$OUT/corpus"

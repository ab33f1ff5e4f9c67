#!/bin/sh
# Builds the libFuzzer targets with clang-14 (ASan + UBSan) and runs each for a bounded
# time on a corpus seeded with the golden import files.
#   run_fuzz.sh SOURCE_DIR BUILD_DIR [SECONDS]
# Exit 77 (ctest SKIP) when clang-14 or its libFuzzer runtime (libclang-rt-14-dev) is
# missing; otherwise the fuzzers' result (non-zero on a crash, leak or timeout).
set -eu
source_dir=$1
build_dir=$2
seconds=${3:-30}

if ! command -v clang++-14 >/dev/null 2>&1; then
    echo "clang++-14 not found: install clang-14 and libclang-rt-14-dev to fuzz"
    exit 77
fi
runtime=$(clang++-14 -print-file-name=libclang_rt.fuzzer-x86_64.a)
if [ ! -f "$runtime" ]; then
    echo "libFuzzer runtime not found: install libclang-rt-14-dev"
    exit 77
fi

cmake -S "$source_dir/tests/exchange/fuzz" -B "$build_dir" \
    -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DKINGSIDE_SOURCE_DIR="$source_dir" >/dev/null
cmake --build "$build_dir" -j2

for fuzzer in fuzz_csv fuzz_vcard fuzz_workbook fuzz_ics fuzz_mbox fuzz_workspace; do
    corpus="$build_dir/corpus-$fuzzer"
    mkdir -p "$corpus"
    # The readers start from the golden files; the workspace target's input is a list of
    # operations on a template workspace, which libFuzzer grows from nothing.
    case $fuzzer in
    fuzz_ics | fuzz_mbox) cp "$source_dir"/tests/activity/data/* "$corpus"/ ;;
    fuzz_workspace) ;;
    fuzz_workbook)
        cp "$source_dir"/tests/exchange/data/* "$corpus"/
        /usr/bin/python3 "$source_dir/tests/exchange/fuzz/make_workbook_seeds.py" "$corpus"
        ;;
    *) cp "$source_dir"/tests/exchange/data/* "$corpus"/ ;;
    esac
    echo "== $fuzzer for ${seconds}s"
    ASAN_OPTIONS=detect_leaks=1 "$build_dir/$fuzzer" -max_total_time="$seconds" \
        -max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$corpus"
done

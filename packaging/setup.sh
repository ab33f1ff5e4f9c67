#!/usr/bin/env bash
# Kingside set-up: installs the Debian 12 packages that are missing, configures and
# builds, then starts the app on its demo workspace (--run) or runs every test (--test).
# Idempotent: with everything installed and built it only checks and exits quickly.
#
#   packaging/setup.sh --run     install what is missing, build, open the demo workspace
#   packaging/setup.sh --test    install what is missing (with test tools), build, run ctest
#   packaging/setup.sh --build   install what is missing, build
#
# Run as root to let it install packages; otherwise it prints the apt-get line to run.
set -euo pipefail

root_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${KINGSIDE_BUILD_DIR:-$root_dir/build}"
mode="${1:---build}"
case "$mode" in
    --run | --test | --build) shift || true ;;
    *)
        echo "usage: packaging/setup.sh --run | --test | --build" >&2
        exit 2
        ;;
esac

# Build and run: Qt 6 Widgets/SQL/Svg/PrintSupport, the SQLite driver (only a Recommends
# of Qt, so named here), the SQLite headers (defensive mode), Boost.Graph, libzip (found with
# pkg-config) to open .xlsx and .ods workbooks, and a font (without one, text vanishes from PNG/PDF).
packages=(cmake g++ make ccache pkg-config qt6-base-dev libqt6sql6-sqlite libsqlite3-dev qt6-svg-dev
          libboost-graph-dev libzip-dev fonts-dejavu-core)
if [[ "$mode" == "--test" ]]; then
    # Test tools: a display server for screenshots, networkx as the analysis reference,
    # Graphviz and poppler to check exports, Google Benchmark, clang for the fuzzers, and
    # the SQLite headers for the fault-injecting VFS of tests/crash/TestFaults, and openpyxl
    # to write Excel workbooks as a second, independent writer in tests/exchange.
    packages+=(xvfb xauth imagemagick poppler-utils python3-networkx graphviz sqlite3
               libbenchmark-dev clang-14 libclang-rt-14-dev python3-openpyxl)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} > 0)); then
    if [[ "$(id -u)" -ne 0 ]]; then
        echo "Kingside needs these Debian packages. Install them, then run this again:" >&2
        echo "  sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}"
fi

jobs="$(nproc 2>/dev/null || echo 2)"
# ccache keys on paths relative to the checkout's parent, so another clone (CI's, a
# worktree) reuses what this one compiled.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(dirname "$root_dir")}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    cmake -S "$root_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build_dir" --parallel "$jobs"

case "$mode" in
    --run)
        exec "$build_dir/app/kingside" --demo "$@"
        ;;
    --test)
        (cd "$build_dir" && ctest --output-on-failure --parallel "$jobs" "$@")
        # The same suite again, built with AddressSanitizer and UBSan (README "Your data is
        # safe"): any memory error or undefined behaviour fails the run. The fuzzers are
        # sanitized builds of their own, so they run once, above. KINGSIDE_SANITIZERS=0
        # leaves this stage out for a quick local run.
        if [[ "${KINGSIDE_SANITIZERS:-1}" != 0 ]]; then
            asan_dir="${KINGSIDE_ASAN_BUILD_DIR:-$build_dir-asan}"
            if [[ ! -f "$asan_dir/CMakeCache.txt" ]]; then
                cmake -S "$root_dir" -B "$asan_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
                    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DKINGSIDE_ASAN=ON \
                    -DKINGSIDE_BENCHMARKS=OFF
            fi
            cmake --build "$asan_dir" --parallel "$jobs"
            cd "$asan_dir"
            export ASAN_OPTIONS="halt_on_error=1:detect_leaks=0:abort_on_error=0"
            export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
            exec ctest --output-on-failure --parallel "$jobs" --label-exclude fuzz "$@"
        fi
        ;;
esac

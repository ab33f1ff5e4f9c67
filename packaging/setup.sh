#!/usr/bin/env bash
# Kingside set-up: installs the Debian 12 packages that are missing, configures and
# builds, then starts the app on its demo workspace (--run), runs every test (--test) or
# builds the Debian package (--deb).
# Idempotent: with everything installed and built it only checks and exits quickly.
#
#   packaging/setup.sh --run     install what is missing, build, open the demo workspace
#   packaging/setup.sh --test    install what is missing (with test tools), build, run ctest
#   packaging/setup.sh --build   install what is missing, build
#   packaging/setup.sh --deb     install what is missing, build the .deb in build-deb/ and
#                                print its path (README "Installing the Debian package")
#
# Run as root to let it install packages; otherwise it prints the apt-get line to run.
set -euo pipefail

root_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${KINGSIDE_BUILD_DIR:-$root_dir/build}"
deb_dir="${KINGSIDE_DEB_BUILD_DIR:-$build_dir-deb}"
mode="${1:---build}"
case "$mode" in
    --run | --test | --build | --deb) shift || true ;;
    *)
        echo "usage: packaging/setup.sh --run | --test | --build | --deb" >&2
        exit 2
        ;;
esac

# Build and run: Qt 6 Widgets/SQL/Svg/PrintSupport, the SQLite driver (only a Recommends
# of Qt, so named here), the SQLite headers (defensive mode), Boost.Graph, libzip (found with
# pkg-config) to open .xlsx and .ods workbooks, Qt Linguist (lupdate, lrelease) and Qt's own
# translations for README "Translations", a font (without one, text vanishes from PNG/PDF),
# and Qt's PostgreSQL driver for a team's shared workspace (README "A shared workspace for a
# team": server-setup, store copy), like the SQLite driver only a Recommends of Qt.
packages=(cmake g++ make ccache pkg-config qt6-base-dev libqt6sql6-sqlite libsqlite3-dev qt6-svg-dev
          qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
          libboost-graph-dev libzip-dev fonts-dejavu-core libqt6sql6-psql)
if [[ "$mode" == "--deb" || "$mode" == "--test" ]]; then
    # The Debian package: dpkg-shlibdeps (dpkg-dev) and file for CPack's dependencies.
    packages+=(dpkg-dev file)
fi
if [[ "$mode" == "--test" ]]; then
    # Test tools: a display server for screenshots, networkx as the analysis reference,
    # Graphviz and poppler to check exports, Google Benchmark, clang for the fuzzers, and
    # the SQLite headers for the fault-injecting VFS of tests/crash/TestFaults, and openpyxl
    # to write Excel workbooks as a second, independent writer in tests/exchange.
    packages+=(xvfb xauth imagemagick poppler-utils python3-networkx graphviz sqlite3
               libbenchmark-dev clang-14 libclang-rt-14-dev python3-openpyxl)
    # The validators of tests/packaging: lintian for the .deb, desktop-file-validate,
    # appstreamcli, update-mime-database, and man for the man page.
    packages+=(lintian desktop-file-utils appstream shared-mime-info man-db)
    # The PostgreSQL server, for tests only: tests/support/pg-cluster.sh runs a throwaway
    # cluster of its own for the run (initdb in a temporary folder, a free loopback port)
    # and stops it after; the package's own cluster is neither used nor started.
    packages+=(postgresql)
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
    echo "Installing: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq "${missing[@]}" >&2
fi

jobs="$(nproc 2>/dev/null || echo 2)"
# ccache keys on paths relative to the checkout's parent, so another clone (CI's, a
# worktree) reuses what this one compiled.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(dirname "$root_dir")}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"

# The Debian package, in a build directory of its own: Release, with the hardening flags
# lintian expects, no tests. Everything goes to stderr; the package's path is printed last.
build_deb() {
    if [[ ! -f "$deb_dir/CMakeCache.txt" ]]; then
        cmake -S "$root_dir" -B "$deb_dir" -DCMAKE_BUILD_TYPE=Release -DKINGSIDE_HARDENING=ON \
            -DKINGSIDE_TESTS=OFF -DKINGSIDE_BENCHMARKS=OFF >&2
    fi
    cmake --build "$deb_dir" --parallel "$jobs" >&2
    rm -f "$deb_dir"/kingside_*.deb
    (cd "$deb_dir" && cpack -G DEB >&2)
    local debs=("$deb_dir"/kingside_*.deb)
    [[ -f "${debs[0]}" ]] || { echo "cpack wrote no package in $deb_dir" >&2; return 1; }
    echo "${debs[0]}"
}

if [[ "$mode" == "--deb" ]]; then
    build_deb
    exit 0
fi

if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    cmake -S "$root_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build_dir" --parallel "$jobs"

case "$mode" in
    --run)
        exec "$build_dir/app/kingside" --demo "$@"
        ;;
    --test)
        # The package is built once here, so that tests/packaging's TestDebianPackage only
        # checks it. KINGSIDE_DEB_TEST=0 leaves the package and its test out.
        package_test=(--label-exclude package)
        if [[ "${KINGSIDE_DEB_TEST:-1}" != 0 ]]; then
            KINGSIDE_DEB="$(build_deb)"
            export KINGSIDE_DEB
            package_test=()
        fi
        (cd "$build_dir" && ctest --output-on-failure --parallel "$jobs" "${package_test[@]}" "$@")
        # The same suite again, built with AddressSanitizer and UBSan (README "Your data is
        # safe"): any memory error or undefined behaviour fails the run. The fuzzers are
        # sanitized builds of their own, and the package's test checks the package, so they
        # run once, above. KINGSIDE_SANITIZERS=0 leaves this stage out for a quick local run.
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
            exec ctest --output-on-failure --parallel "$jobs" --label-exclude 'fuzz|package' "$@"
        fi
        ;;
esac

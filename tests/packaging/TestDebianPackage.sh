#!/usr/bin/env bash
# The Debian package (README "Installing the Debian package"): lintian finds no error or
# warning, the package holds exactly the expected files, its dependencies come from
# dpkg-shlibdeps plus the SQLite driver and a font, the program is hardened, stripped and
# has no rpath, and it installs into a fresh root where the installed program starts.
#
#   TestDebianPackage.sh SOURCE_DIR VERSION APP_ID
# KINGSIDE_DEB names a package already built; otherwise `packaging/setup.sh --deb` builds it.
set -euo pipefail
# The program's and the tools' own words, in English whatever the locale.
export LC_ALL=C.UTF-8
unset LANGUAGE

source_dir="$1"
version="$2"
app_id="$3"
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

deb="${KINGSIDE_DEB:-}"
if [[ -z "$deb" ]]; then
    deb="$("$source_dir/packaging/setup.sh" --deb | tail -n 1)"
fi
[[ -f "$deb" ]] || { echo "FAIL: no package at '$deb'" >&2; exit 1; }
echo "Package: $deb"
[[ "$(basename "$deb")" == "kingside_${version}-1_$(dpkg --print-architecture).deb" ]] ||
    fail "unexpected file name $(basename "$deb")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# lintian: no error, no warning (its informational and pedantic notes are printed).
if ! lintian --fail-on error,warning --display-info "$deb" >"$work/lintian" 2>&1; then
    fail "lintian"
fi
cat "$work/lintian"
grep -E '^[EW]: ' "$work/lintian" && fail "lintian reports errors or warnings"

# The files, exactly.
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}' | sort >"$work/files"
{
    echo "./usr/bin/kingside"
    echo "./usr/share/applications/$app_id.desktop"
    echo "./usr/share/doc/kingside/changelog.Debian.gz"
    echo "./usr/share/doc/kingside/copyright"
    for size in 16 22 24 32 48 64 128 256; do
        echo "./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    done
    echo "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    echo "./usr/share/lintian/overrides/kingside"
    echo "./usr/share/man/man1/kingside.1.gz"
    echo "./usr/share/metainfo/$app_id.metainfo.xml"
    echo "./usr/share/mime/packages/$app_id.xml"
} | sort >"$work/expected"
diff -u "$work/expected" "$work/files" || fail "the package's files differ from the expected list"
# Owned by root, directories and programs 0755, other files 0644.
dpkg-deb -c "$deb" | awk '$2 != "root/root" {print}' | grep . && fail "files not owned by root"
dpkg-deb -c "$deb" | awk '$1 !~ /^(drwxr-xr-x|-rw-r--r--)$/ && $6 != "./usr/bin/kingside" {print}' |
    grep . && fail "unexpected permissions"

# Dependencies: dpkg-shlibdeps' libraries plus those loaded at run time.
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
tr ',' '\n' <<<"$depends" | sed -E 's/^ +//; s/ .*//' >"$work/depends"
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6svg6 \
    libqt6printsupport6 libzip4 libqt6sql6-sqlite fonts-dejavu-core; do
    grep -Fqx "$package" "$work/depends" || fail "Depends lacks $package"
done
grep -Eq '\(>= [0-9]' <<<"$depends" || fail "Depends has no versions: not from dpkg-shlibdeps"
[[ "$(dpkg-deb -f "$deb" Recommends)" == *libqt6sql6-psql* ]] ||
    fail "Recommends lacks libqt6sql6-psql (the PostgreSQL driver of a shared workspace)"

# Install into a fresh root, then check and start the installed program.
root="$work/root"
mkdir -p "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/info"
touch "$root/var/lib/dpkg/status"
# The libraries are the host's, not in the fresh root's database: --force-depends.
if ! dpkg --root="$root" --force-depends --force-script-chrootless -i "$deb" >"$work/dpkg" 2>&1; then
    cat "$work/dpkg"
    fail "dpkg --root -i"
fi
grep -q '^Status: install ok installed' <<<"$(dpkg --root="$root" -s kingside)" ||
    fail "not installed in the fresh root"
binary="$root/usr/bin/kingside"
[[ -x "$binary" ]] || { echo "FAIL: no $binary" >&2; exit 1; }

# (Each tool's output is kept first: with pipefail, grep -q closing a pipe early would fail.)
file -b "$binary" >"$work/file"
readelf -d "$binary" >"$work/dynamic"
readelf -lW "$binary" >"$work/segments"
readelf --dyn-syms -W "$binary" >"$work/symbols"
grep -q 'pie executable' "$work/file" || fail "not a PIE: $(cat "$work/file")"
grep -q ', stripped' "$work/file" || fail "not stripped"
grep -E 'RPATH|RUNPATH' "$work/dynamic" && fail "has an rpath"
grep -q GNU_RELRO "$work/segments" || fail "no RELRO"
grep -Eq 'BIND_NOW|FLAGS_1.*NOW' "$work/dynamic" || fail "no immediate binding (-z now)"
grep -q '__stack_chk_fail' "$work/symbols" || fail "no stack protector"
# Fortification shows in the binary only where the compiler can check a size, so it is
# checked where the package was compiled: every source with both flags.
commands="$(dirname "$deb")/compile_commands.json"
if [[ -f "$commands" ]]; then
    grep '"command"' "$commands" >"$work/commands"
    grep -v -- '-D_FORTIFY_SOURCE=2' "$work/commands" && fail "compiled without -D_FORTIFY_SOURCE=2"
    grep -v -- '-fstack-protector-strong' "$work/commands" &&
        fail "compiled without -fstack-protector-strong"
else
    fail "no $commands beside the package"
fi

[[ "$("$binary" --version)" == "Kingside $version" ]] || fail "the installed program's --version"
grep -q '^Commands' <<<"$("$binary" --help)" || fail "the installed program's --help"
# The installed program writes and checks a workspace: Qt's SQLite driver is there.
"$binary" new "$work/first.kingside" || fail "the installed program cannot create a workspace"
"$binary" check "$work/first.kingside" || fail "the installed program's check"
[[ "$(od -An -c -j 68 -N 4 "$work/first.kingside" | tr -d ' ')" == "Kngs" ]] ||
    fail "the workspace lacks the application id the MIME type looks for"
# Man page and changelog are readable where they were installed.
grep -q '^\.SH COMMANDS' <<<"$(zcat "$root/usr/share/man/man1/kingside.1.gz")" || fail "man page"
[[ "$(zcat "$root/usr/share/doc/kingside/changelog.Debian.gz" | sed -n 1p)" == \
    "kingside ($version-1) "* ]] || fail "changelog"

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "The Debian package passed every check."

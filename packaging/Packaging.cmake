# Desktop integration and the Debian package (README "Installing the Debian package").
include(GNUInstallDirs)

# The one application id: the desktop entry, the AppStream metainfo, the MIME package, the
# icons' names and the window's desktop file name (app/main.cpp) all are this.
set(KINGSIDE_APP_ID io.github.kingside.Kingside)
target_compile_definitions(kingside PRIVATE KINGSIDE_APP_ID="${KINGSIDE_APP_ID}")
# Installed beside the system's libraries, the program needs no rpath (qt_standard_project_setup
# would give it $ORIGIN/../lib).
set_target_properties(kingside PROPERTIES INSTALL_RPATH "")

set(KINGSIDE_DESKTOP_FILE ${CMAKE_CURRENT_LIST_DIR}/${KINGSIDE_APP_ID}.desktop)
set(KINGSIDE_METAINFO_FILE ${PROJECT_SOURCE_DIR}/resources/${KINGSIDE_APP_ID}.metainfo.xml)
set(KINGSIDE_MIME_FILE ${PROJECT_SOURCE_DIR}/resources/${KINGSIDE_APP_ID}.mime.xml)
set(KINGSIDE_ICON_FILE ${PROJECT_SOURCE_DIR}/resources/icons/kingside.svg)
set(KINGSIDE_MAN_PAGE ${CMAKE_CURRENT_LIST_DIR}/kingside.1)
set(KINGSIDE_DEBIAN_CHANGELOG ${CMAKE_CURRENT_LIST_DIR}/changelog.Debian)
set(KINGSIDE_COPYRIGHT_FILE ${CMAKE_CURRENT_LIST_DIR}/copyright)

install(FILES ${KINGSIDE_DESKTOP_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${KINGSIDE_METAINFO_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${KINGSIDE_MIME_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME ${KINGSIDE_APP_ID}.xml)

# Icons: the SVG as drawn, and the PNG sizes the hicolor theme expects, rendered from it by a
# small Qt tool at build time.
set(KINGSIDE_ICON_SIZES 16 22 24 32 48 64 128 256)
install(FILES ${KINGSIDE_ICON_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${KINGSIDE_APP_ID}.svg)
add_executable(kingside_render_icon ${CMAKE_CURRENT_LIST_DIR}/RenderIcon.cpp)
# A build tool: without kingside_build_flags, so that a sanitized build (KINGSIDE_ASAN) does
# not run it under LeakSanitizer while building.
target_link_libraries(kingside_render_icon PRIVATE Qt6::Gui Qt6::Svg)
target_compile_options(kingside_render_icon PRIVATE -Wall -Wextra -Wpedantic)
set(KINGSIDE_ICON_DIR ${PROJECT_BINARY_DIR}/icons/hicolor)
set(KINGSIDE_ICON_PNGS)
foreach(size IN LISTS KINGSIDE_ICON_SIZES)
    list(APPEND KINGSIDE_ICON_PNGS ${KINGSIDE_ICON_DIR}/${size}x${size}/apps/${KINGSIDE_APP_ID}.png)
    install(FILES ${KINGSIDE_ICON_DIR}/${size}x${size}/apps/${KINGSIDE_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
add_custom_command(OUTPUT ${KINGSIDE_ICON_PNGS}
    COMMAND kingside_render_icon ${KINGSIDE_ICON_FILE} ${KINGSIDE_ICON_DIR} ${KINGSIDE_APP_ID}
            ${KINGSIDE_ICON_SIZES}
    DEPENDS kingside_render_icon ${KINGSIDE_ICON_FILE}
    COMMENT "Rendering the hicolor PNG icons")

# The man page and the Debian changelog are installed compressed, without a time stamp
# (gzip -n), so the package is reproducible.
find_program(KINGSIDE_GZIP gzip REQUIRED)
set(KINGSIDE_DOC_DIR ${PROJECT_BINARY_DIR}/doc)
add_custom_command(OUTPUT ${KINGSIDE_DOC_DIR}/kingside.1.gz ${KINGSIDE_DOC_DIR}/changelog.Debian.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${KINGSIDE_DOC_DIR}
    COMMAND ${KINGSIDE_GZIP} -9n -c ${KINGSIDE_MAN_PAGE} > ${KINGSIDE_DOC_DIR}/kingside.1.gz
    COMMAND ${KINGSIDE_GZIP} -9n -c ${KINGSIDE_DEBIAN_CHANGELOG}
            > ${KINGSIDE_DOC_DIR}/changelog.Debian.gz
    DEPENDS ${KINGSIDE_MAN_PAGE} ${KINGSIDE_DEBIAN_CHANGELOG}
    COMMENT "Compressing the man page and the Debian changelog")
add_custom_target(kingside_desktop_files ALL
    DEPENDS ${KINGSIDE_ICON_PNGS} ${KINGSIDE_DOC_DIR}/kingside.1.gz
            ${KINGSIDE_DOC_DIR}/changelog.Debian.gz)
install(FILES ${KINGSIDE_DOC_DIR}/kingside.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${KINGSIDE_DOC_DIR}/changelog.Debian.gz ${KINGSIDE_COPYRIGHT_FILE}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/kingside)
# One lintian override, justified in the file itself.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME kingside)
if(KINGSIDE_HARDENING)
    # The package's program is stripped as dh_strip does it: the compiler's .comment too.
    install(CODE "execute_process(COMMAND ${CMAKE_STRIP} --remove-section=.comment
        --remove-section=.note --strip-unneeded
        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/kingside\"
        COMMAND_ERROR_IS_FATAL ANY)")
endif()

# The Debian package: `packaging/setup.sh --deb` builds it in build-deb/ (Release, with
# KINGSIDE_HARDENING) and runs cpack there.
set(CPACK_PACKAGE_NAME kingside)
set(CPACK_PACKAGE_VENDOR "The Kingside developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Kingside maintainers <maintainers@kingside.invalid>")
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/kingside/kingside)
# Libraries as dpkg-shlibdeps finds them, plus what is loaded at run time only: Qt's SQLite
# driver (a Recommends of Qt) and a font, without which text vanishes from PNG and PDF.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-dejavu-core")
# Qt's PostgreSQL driver, for a shared workspace on a server only (README "A shared
# workspace for a team"): recommended, since one desk on its own file needs none.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
# The synopsis line is the summary; the description is the extended text below it.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "key account relationship maps on a chessboard")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Kingside keeps, in one local file, the key accounts that matter most, the
people on both sides of each account and the relationships between them. It
draws that network on a chessboard (files are the client's departments, ranks
their levels, pieces their decision roles, colour their attitude), answers ten
questions about it, scores and tiers the accounts, holds the account plan and
lets a mentor review it. Every command also runs without a window.")
include(CPack)

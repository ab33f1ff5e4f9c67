# Desktop integration and CPack (Debian package).
install(FILES ${CMAKE_CURRENT_LIST_DIR}/kingside.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/kingside.svg
        DESTINATION share/icons/hicolor/scalable/apps)

set(CPACK_PACKAGE_NAME kingside)
set(CPACK_PACKAGE_CONTACT "Kingside team")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6widgets6, libqt6sql6-sqlite, libqt6svg6, libqt6printsupport6, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_SECTION office)
include(CPack)

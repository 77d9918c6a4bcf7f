# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package: `cpack -G DEB` in the build tree (bash .ci/quickstart package) writes
# lagebild_<version>-<release>_amd64.deb. Library dependencies are computed by dpkg-shlibdeps;
# the run-time pieces no linker sees are named by hand.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME lagebild)
set(CPACK_PACKAGE_VENDOR "Lagebild developers")
set(CPACK_PACKAGE_CONTACT "Lagebild developers <developers@lagebild.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbench for analysts of German-language news")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The Qt platform plugins (xcb, offscreen) and the icon theme are loaded at run time, Qt's own
# German catalogues (file dialogs, buttons) too; fonts for the figures and exports; tzdata so
# "09:15 Uhr" in a German article is read in German time (Qt falls back to UTC without it).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, hicolor-icon-theme, fonts-dejavu-core, tzdata")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# CPack writes the summary as the synopsis and indents this text itself; an empty line becomes " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Lagebild imports German news (plain text, web pages, RSS/Atom feeds, JSON
Lines) into a local SQLite database, searches it with German stemming, and
extracts companies, products, agencies, organisations, people, places, media,
quantities and dates with typed relations between them. It shows them as
timelines and relationship networks whose links carry the sentences that
prove them, and exports PDF, SVG, PNG, CSV, TimelineJS, GraphML and GEXF.

This package contains the desktop application lagebild and the command-line
tool lagebild-cli.")
include(CPack)

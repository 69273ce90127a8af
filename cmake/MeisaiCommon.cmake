# One INTERFACE target that every Meisai target links: language level,
# warnings, Qt defines and hardening. Tests are added through meisai_add_test().

add_library(meisai_common INTERFACE)
target_compile_features(meisai_common INTERFACE cxx_std_20)
target_compile_definitions(meisai_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    MEISAI_VERSION="${PROJECT_VERSION}")
target_compile_options(meisai_common INTERFACE
    -Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -fstack-protector-strong
    $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)
target_link_options(meisai_common INTERFACE -Wl,-z,relro,-z,now)
if(MEISAI_WERROR)
    target_compile_options(meisai_common INTERFACE -Werror)
endif()
if(MEISAI_SANITIZERS)
    list(JOIN MEISAI_SANITIZERS "," _meisai_san)
    target_compile_options(meisai_common INTERFACE -fsanitize=${_meisai_san} -fno-omit-frame-pointer)
    target_link_options(meisai_common INTERFACE -fsanitize=${_meisai_san})
endif()

# meisai_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [TIMEOUT <s>] [LABELS <labels...>])
# One executable per Qt Test class, registered with CTest and run offscreen.
function(meisai_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    if(MEISAI_SANITIZERS)
        math(EXPR T_TIMEOUT "${T_TIMEOUT} * 3") # ASan makes everything two to three times slower
    endif()
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE meisai_common Qt6::Test ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;MEISAI_BUILD_DIR=${CMAKE_BINARY_DIR};MEISAI_SOURCE_DIR=${CMAKE_SOURCE_DIR}")
endfunction()

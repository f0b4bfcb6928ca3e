// setupFiles of the jest project `postgres`: the test files of tests/{contract,fuzz,security}
// run against PostgreSQL (tests/support/test-store.ts reads this).
process.env.YUNBAO_TEST_STORE = 'postgres';

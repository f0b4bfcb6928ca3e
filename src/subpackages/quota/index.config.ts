export default definePageConfig({ navigationBarTitleText: '产检额度' });

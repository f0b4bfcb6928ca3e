export default definePageConfig({ navigationBarTitleText: '新生儿参保' });

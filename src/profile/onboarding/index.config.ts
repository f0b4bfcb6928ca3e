export default definePageConfig({ navigationBarTitleText: '欢迎使用' });
